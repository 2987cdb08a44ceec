namespace ScenarioSim.Reporting.Charts;

/// <summary>How a legend entry draws its sample mark.</summary>
internal enum LegendSymbol
{
    /// <summary>A short solid line.</summary>
    Line,

    /// <summary>A short dashed line.</summary>
    DashedLine,

    /// <summary>A filled rectangle (a band or bar).</summary>
    Swatch,

    /// <summary>A dashed vertical rule.</summary>
    Rule,

    /// <summary>A dot on a horizontal interval.</summary>
    DotInterval,

    /// <summary>A diamond.</summary>
    Diamond,

    /// <summary>An open circle.</summary>
    Circle,
}
