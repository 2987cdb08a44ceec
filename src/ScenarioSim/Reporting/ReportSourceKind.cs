namespace ScenarioSim.Reporting;

/// <summary>The kinds of file a report is made from.</summary>
public enum ReportSourceKind
{
    /// <summary>A run's summary.json.</summary>
    Summary,

    /// <summary>A compare.json.</summary>
    Compare,

    /// <summary>A sensitivity.json.</summary>
    Sensitivity,

    /// <summary>A rolling back-test's backtest.json.</summary>
    Backtest,

    /// <summary>A sweep's sweep.json.</summary>
    Sweep,
}
