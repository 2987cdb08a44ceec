using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <content>The design: the scenario and the data checked against each other and tabulated by region and day (troops, event factors, rows, base intensity, excitation).</content>
internal sealed partial class MilitiaLikelihood
{
    private static List<int>[] NewLists(int n) => Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();

    private static void CheckKnownExposure(Scenario scenario)
    {
        var problems = new List<Diagnostic>();
        for (int f = 0; f < scenario.Forces.Count; f++)
        {
            if (scenario.Forces[f].SlipDays is not null)
            {
                problems.Add(new Diagnostic($"forces[{f}].slip_days", $"calibration needs known troop levels, but forces[{f}] ({scenario.Forces[f].Contingent}/{scenario.Forces[f].Region}) has a random slip_days; remove it for the fit"));
            }
        }

        if (scenario.Policies.PauseDrawdown is not null)
        {
            problems.Add(new Diagnostic("policies.pause_drawdown", "calibration needs known troop levels, but policies.pause_drawdown makes them depend on the attacks; remove it for the fit"));
        }

        for (int e = 0; e < scenario.Events.Count; e++)
        {
            var ev = scenario.Events[e];
            bool militia = ev.Effects.Any(x => x.Target is EffectTarget.MilitiaBaseRate or EffectTarget.Escalation);
            if (militia && (ev.Probability < 1 || ev.Window is not null))
            {
                problems.Add(new Diagnostic($"events[{e}]", $"event '{ev.Name}' changes militia rates or the escalation state at random (probability below 1 or a window); the likelihood needs such events on a fixed date with probability 1"));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    /// <summary>
    /// Militia base-rate factors B_r(t) and forced states of events that certainly happen on a fixed
    /// date, from the engine's compiled events (multiplied in event and effect order, as the engine does).
    /// </summary>
    private static (double[][] Factor, int[] Forced) DeterministicEvents(CompiledScenario compiled, int days)
    {
        var factor = Enumerable.Range(0, compiled.RegionCount).Select(_ => Enumerable.Repeat(1.0, days).ToArray()).ToArray();
        var forced = Enumerable.Repeat(-1, days).ToArray();
        foreach (var ev in compiled.Events.Items.Where(e => e.DayChoices == 1 && e.Probability >= 1))
        {
            int day = ev.FirstDay;
            foreach (var effect in ev.Effects)
            {
                if (effect.Target == EffectTarget.Escalation && day >= 0 && day < days)
                {
                    forced[day] = effect.State;
                }
                else if (effect.Target == EffectTarget.MilitiaBaseRate)
                {
                    long end = Math.Min(days, (long)day + effect.DurationDays);
                    for (int r = 0; r < compiled.RegionCount; r++)
                    {
                        if (effect.Region < 0 || effect.Region == r)
                        {
                            for (int t = Math.Max(0, day); t < end; t++)
                            {
                                factor[r][t] *= effect.Value;
                            }
                        }
                    }
                }
            }
        }

        return (factor, forced);
    }

    private bool CanAttack(int r, int t) => _troops[r][t] > 0 && _eventFactor[r][t] > 0;

    private void CheckFeasible(string file, List<Diagnostic> problems)
    {
        foreach (var row in _rows.Where(r => r.Count > 0))
        {
            bool possible = false;
            for (int t = row.First; t <= row.Last && !possible; t++)
            {
                possible = row.Regions.Any(r => CanAttack(r, t));
            }

            if (!possible)
            {
                problems.Add(Diagnostic.InFile(file, row.Observation.Line,
                    $"the count is {row.Count}, but the scenario has no troops (or a zero base-rate factor) in {row.Observation.RegionLabel} on {row.Observation.PeriodLabel}, so the model allows no militia attacks there"));
            }
        }
    }

    /// <summary>Daily counts per region for the Hawkes term; every region-day with troops must be observed alone.</summary>
    private long[][] ObservedDaily(Scenario scenario, string file, List<Diagnostic> problems)
    {
        var aggregated = _rows.FirstOrDefault(r => !r.Observation.IsDaily || r.Regions.Length > 1);
        if (aggregated is not null)
        {
            problems.Add(Diagnostic.InFile(file, aggregated.Observation.Line,
                $"the scenario has militia.hawkes, but this row counts {(aggregated.Regions.Length > 1 ? "several regions" : "a period")} ({aggregated.Observation.RegionLabel}, {aggregated.Observation.PeriodLabel}); " +
                "the excitation depends on each region's daily counts, so with aggregated counts the exact likelihood is intractable. " +
                "Give one row per region and day, or fit the scenario without its hawkes block"));
            return [];
        }

        var counts = Enumerable.Range(0, _regions).Select(_ => Enumerable.Repeat(-1L, _days).ToArray()).ToArray();
        foreach (var row in _rows)
        {
            counts[row.Regions[0]][row.First] = row.Count;
        }

        for (int r = 0; r < _regions; r++)
        {
            if (scenario.Regions[r].Militia is null)
            {
                continue;
            }

            for (int t = 0; t < _days; t++)
            {
                if (counts[r][t] >= 0)
                {
                    continue;
                }

                if (CanAttack(r, t))
                {
                    problems.Add(Diagnostic.InFile(file, 0,
                        $"the scenario has militia.hawkes, so every region with troops needs a daily count on every day from {scenario.Start:yyyy-MM-dd} to the last observed day ({scenario.Start.AddDays(_days - 1):yyyy-MM-dd}), but {scenario.Regions[r].Id} has none on {scenario.Start.AddDays(t):yyyy-MM-dd}"));
                    return counts;
                }

                counts[r][t] = 0;
            }
        }

        return counts;
    }

    private void CheckTableSize(string file)
    {
        foreach (var row in _rows.Where(r => r.IsDayRow && r.Regions.Length > 1 && r.Count >= MaxTableCells))
        {
            // A negative-binomial day total over several regions is a convolution up to the count.
            throw new InvalidInputException([Diagnostic.InFile(file, row.Observation.Line,
                $"the count {row.Count} over several regions is too large for the exact likelihood (its count table would exceed {MaxTableCells:N0} cells); give one row per region")]);
        }

        var open = new List<int>();
        for (int t = 0; t < _days; t++)
        {
            open.AddRange(_opening[t]);
            long cells = Math.Max(1, _structure.Escalation?.States.Count ?? 1);
            foreach (int j in open)
            {
                // Tested before multiplying, so a count near 2^63 cannot overflow the product.
                cells = _rows[j].Count >= MaxTableCells ? MaxTableCells + 1L : cells * (_rows[j].Count + 1);
                if (cells > MaxTableCells)
                {
                    throw new InvalidInputException([Diagnostic.InFile(file, _rows[j].Observation.Line,
                        $"too many period rows overlap in time for the exact likelihood (their joint count table would exceed {MaxTableCells:N0} cells on {_structure.Start.AddDays(t):yyyy-MM-dd}); use shorter periods or fewer overlapping rows")]);
                }
            }

            open.RemoveAll(_closing[t].Contains);
        }
    }

    /// <summary>b_r·B_r(t)·E_r(t) per region and day (0 without troops); null when a number is invalid.</summary>
    private double[][]? BaseIntensity(Scenario parameters)
    {
        var result = new double[_regions][];
        for (int r = 0; r < _regions; r++)
        {
            result[r] = new double[_days];
            var militia = parameters.Regions[r].Militia;
            if (militia is null)
            {
                continue;
            }

            if (!(militia.BaseRate >= 0) || !(militia.ExposureRef > 0) || !(militia.ExposureElasticity >= 0) || double.IsInfinity(militia.BaseRate))
            {
                return null;
            }

            double lastTroops = double.NaN;
            double exposure = 0;
            for (int t = 0; t < _days; t++)
            {
                double troops = _troops[r][t];
                if (troops != lastTroops)
                {
                    lastTroops = troops;
                    exposure = ScenarioCompiler.Exposure(troops, militia.ExposureRef, militia.ExposureElasticity);
                }

                result[r][t] = militia.BaseRate * _eventFactor[r][t] * exposure;
            }
        }

        return result;
    }

    private double[][] Excitation(HawkesExcitation hawkes)
    {
        double decay = ScenarioCompiler.HawkesDecayFactor(hawkes.DecayDays);
        var h = new double[_regions][];
        for (int r = 0; r < _regions; r++)
        {
            h[r] = new double[_days];
            double current = 0;
            for (int t = 0; t < _days; t++)
            {
                h[r][t] = _troops[r][t] > 0 ? current : 0;
                current = MilitiaIntensity.NextExcitation(current, decay, hawkes.Alpha, _observedDaily![r][t]);
            }
        }

        return h;
    }

    /// <summary>One militia row in day indices.</summary>
    private sealed record Row(Observation Observation, int First, int Last, int[] Regions, bool IsDayRow)
    {
        public long Count => Observation.Count;
    }
}
