using ScenarioSim.Analysis;
using ScenarioSim.Calibration;
using ScenarioSim.Forecasting;
using ScenarioSim.IO;
using ScenarioSim.Output;
using ScenarioSim.Reporting;

namespace ScenarioSim.Tests.Output;

/// <summary>
/// The output layer spells out the names of the files the verbs write (it sits below the writers); they must
/// be exactly the writers' own names, or a directory of outputs would be refused as foreign.
/// </summary>
[TestFixture]
public sealed class OutputNamesTests
{
    private static readonly string[] WrittenByTheVerbs =
    [
        RunOutput.SummaryFileName, RunOutput.MetricsFileName, RunOutput.SeriesFileName,
        UncertaintyAttribution.CsvFileName, ConvergenceOutput.CsvFileName,
        ComparisonOutput.JsonFileName, ComparisonOutput.CsvFileName,
        SweepOutput.CsvFileName, SensitivityOutput.JsonFileName,
        CalibrationOutput.ReportFileName, CalibrationOutput.FittedFileName, CalibrationOutput.FitTableFileName,
        CalibrationOutput.FittedUncertainFileName, ConditioningJson.FileName,
        BacktestOutput.JsonFileName, BacktestOutput.CsvFileName,
        ReportSources.DefaultFileName,
    ];

    [Test]
    public void KnownOutputs_ExactlyTheWritersFileNames() =>
        Assert.That(OutputNames.KnownOutputs, Is.EquivalentTo(WrittenByTheVerbs));
}
