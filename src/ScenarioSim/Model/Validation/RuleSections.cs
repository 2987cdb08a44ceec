namespace ScenarioSim.Model.Validation;

/// <summary>
/// The blocks of the scenario rules, so that a change to some parameters is re-checked by the rules of
/// their blocks only. A numeric parameter's rules (its range, the Hawkes branching ratio, the
/// escalation weights) all lie in the block that holds it.
/// </summary>
[Flags]
internal enum RuleSections
{
    /// <summary>No block.</summary>
    None = 0,

    /// <summary><c>regions</c>.</summary>
    Regions = 1,

    /// <summary><c>forces</c>.</summary>
    Forces = 2,

    /// <summary><c>escalation</c>.</summary>
    Escalation = 4,

    /// <summary><c>militia</c>.</summary>
    Militia = 8,

    /// <summary><c>isis</c>.</summary>
    Isis = 16,

    /// <summary><c>events</c>.</summary>
    Events = 32,

    /// <summary><c>policies</c>.</summary>
    Policies = 64,

    /// <summary>Every rule, the dates, run and report blocks included.</summary>
    All = -1,
}
