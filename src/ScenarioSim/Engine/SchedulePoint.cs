namespace ScenarioSim.Engine;

/// <summary>
/// A clock day's place on a force schedule (<see cref="ForceSchedule.Locate"/>): troops are those of
/// <paramref name="Breakpoint"/>, or, when <paramref name="Interpolates"/>, those of the line from it to
/// the next breakpoint, <paramref name="Fraction"/> of the way along.
/// </summary>
/// <param name="Breakpoint">Index of the breakpoint (the segment's start when interpolating).</param>
/// <param name="Fraction">Share of the segment gone by, in [0, 1); 0 unless interpolating.</param>
/// <param name="Interpolates">True between two breakpoints of a linear schedule.</param>
internal readonly record struct SchedulePoint(int Breakpoint, double Fraction, bool Interpolates);
