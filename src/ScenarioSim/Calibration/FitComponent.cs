namespace ScenarioSim.Calibration;

/// <summary>Which part of the model a fitted parameter belongs to, and so how it is fitted.</summary>
internal enum FitComponent
{
    /// <summary>Militia attacks: fitted by exact maximum likelihood.</summary>
    Militia,

    /// <summary>The ISIS pool and its attacks: fitted by the method of simulated moments.</summary>
    Isis,
}
