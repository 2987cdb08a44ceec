namespace ScenarioSim.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is; it is printed as its label (<c>error:</c>, <c>warning:</c>).</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input cannot be used as it is; the work stops.</summary>
    Error,

    /// <summary>The input is used, but something in it is probably not what was meant.</summary>
    Warning,
}
