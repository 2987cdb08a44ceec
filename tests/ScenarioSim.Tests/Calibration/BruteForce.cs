using ScenarioSim.Calibration;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using MathNet.Numerics.Distributions;

namespace ScenarioSim.Tests.Calibration;

/// <summary>
/// Likelihoods by enumeration, written independently of the library: every escalation path, and for
/// period rows every split of a count over days and regions. Only for a handful of days.
/// </summary>
internal static class BruteForce
{
    /// <summary>In log space (a log-sum-exp over paths), so counts far in the tail do not underflow.</summary>
    public static double DailyLogLikelihood(Scenario scenario, long[][] counts, double? size = null)
    {
        var logs = DailyLogJoint(scenario, counts, size).Select(x => x.LogJoint).ToList();
        double top = logs.Max();
        return top + Math.Log(logs.Sum(l => Math.Exp(l - top)));
    }

    public static double PeriodLogLikelihood(Scenario scenario, IReadOnlyList<Observation> rows, double? size) =>
        Math.Log(PeriodJoint(scenario, rows, size).Sum(x => x.Joint));

    /// <summary>P(S_last = s | data) by summing P(path, data) over paths ending in s.</summary>
    public static double[] Filtered(Scenario scenario, IEnumerable<(int[] Path, double Joint)> joint)
    {
        var result = new double[scenario.Escalation!.States.Count];
        foreach (var (path, p) in joint)
        {
            result[path[^1]] += p;
        }

        double total = result.Sum();
        return result.Select(p => p / total).ToArray();
    }

    /// <summary>P(path, daily counts) for every escalation path over the counts' days.</summary>
    public static IEnumerable<(int[] Path, double Joint)> DailyJoint(Scenario scenario, long[][] counts, double? size = null) =>
        DailyLogJoint(scenario, counts, size).Select(x => (x.Path, Math.Exp(x.LogJoint)));

    /// <summary>ln P(path, daily counts) for every escalation path over the counts' days.</summary>
    public static IEnumerable<(int[] Path, double LogJoint)> DailyLogJoint(Scenario scenario, long[][] counts, double? size = null)
    {
        var model = new PathModel(scenario);
        int days = counts[0].Length;
        foreach (var (path, probability) in model.Paths(days))
        {
            double log = Math.Log(probability);
            var h = new double[counts.Length];
            for (int t = 0; t < days; t++)
            {
                for (int r = 0; r < counts.Length; r++)
                {
                    double lambda = model.Troops[r][t] > 0 ? model.BaseIntensity(r, t, path[t]) + h[r] : 0;
                    log += LogPmf(counts[r][t], lambda, size);
                    var hawkes = scenario.Militia.Hawkes;
                    h[r] = hawkes is null ? 0 : (h[r] * Math.Exp(-1 / hawkes.DecayDays)) + (hawkes.Alpha * counts[r][t]);
                }
            }

            yield return (path, log);
        }
    }

    /// <summary>P(path, period counts) for every escalation path up to the last row's last day.</summary>
    public static IEnumerable<(int[] Path, double Joint)> PeriodJoint(Scenario scenario, IReadOnlyList<Observation> rows, double? size)
    {
        var model = new PathModel(scenario);
        int days = rows.Max(r => r.Last.DayNumber - scenario.Start.DayNumber) + 1;
        foreach (var (path, probability) in model.Paths(days))
        {
            double likelihood = probability;
            foreach (var row in rows)
            {
                var means = new List<double>();
                for (int t = row.First.DayNumber - scenario.Start.DayNumber; t <= row.Last.DayNumber - scenario.Start.DayNumber; t++)
                {
                    foreach (int r in row.Regions)
                    {
                        means.Add(model.Troops[r][t] > 0 ? model.BaseIntensity(r, t, path[t]) : 0);
                    }
                }

                likelihood *= SplitProbability(means, 0, row.Count, size);
            }

            yield return (path, likelihood);
        }
    }

    /// <summary>P(independent counts with these means sum to y), by enumerating every split.</summary>
    private static double SplitProbability(List<double> means, int from, long y, double? size)
    {
        if (from == means.Count - 1)
        {
            return Pmf(y, means[from], size);
        }

        double sum = 0;
        for (long k = 0; k <= y; k++)
        {
            sum += Pmf(k, means[from], size) * SplitProbability(means, from + 1, y - k, size);
        }

        return sum;
    }

    private static double LogPmf(long y, double mean, double? size)
    {
        if (mean == 0)
        {
            return y == 0 ? 0 : double.NegativeInfinity;
        }

        return size is { } k
            ? NegativeBinomial.PMFLn(k, k / (k + mean), (int)y)
            : Poisson.PMFLn(mean, (int)y);
    }

    private static double Pmf(long y, double mean, double? size)
    {
        if (mean == 0)
        {
            return y == 0 ? 1 : 0;
        }

        return size is { } k
            ? NegativeBinomial.PMF(k, k / (k + mean), (int)y)
            : Poisson.PMF(mean, (int)y);
    }

    private sealed class PathModel
    {
        private readonly Scenario _scenario;
        private readonly List<string> _names;
        private readonly int[] _forced;

        public PathModel(Scenario scenario)
        {
            _scenario = scenario;
            _names = scenario.Escalation!.States.Select(s => s.Name).ToList();
            var compiled = ScenarioCompiler.Compile(scenario);
            Troops = Enumerable.Range(0, compiled.RegionCount)
                .Select(r => Enumerable.Range(0, compiled.Days).Select(t => compiled.Forces.TroopsOn(t, r)).ToArray()).ToArray();
            _forced = Enumerable.Repeat(-1, scenario.Days).ToArray();
            foreach (var e in scenario.Events)
            {
                foreach (var effect in e.Effects.Where(x => x.Target == EffectTarget.Escalation))
                {
                    _forced[e.Date!.Value.DayNumber - scenario.Start.DayNumber] = _names.IndexOf(effect.SetState!);
                }
            }
        }

        public double[][] Troops { get; }

        public double BaseIntensity(int r, int t, int state)
        {
            var militia = _scenario.Regions[r].Militia!;
            double factor = 1;
            foreach (var e in _scenario.Events)
            {
                int day = e.Date!.Value.DayNumber - _scenario.Start.DayNumber;
                foreach (var effect in e.Effects.Where(x => x.Target == EffectTarget.MilitiaBaseRate))
                {
                    if (t >= day && t < day + (effect.DurationDays ?? int.MaxValue) && (effect.Region is null || effect.Region == _scenario.Regions[r].Id))
                    {
                        factor *= effect.Multiply!.Value;
                    }
                }
            }

            return militia.BaseRate * factor * _scenario.Escalation!.States[state].MilitiaMultiplier
                * Math.Pow(Troops[r][t] / militia.ExposureRef, militia.ExposureElasticity);
        }

        public IEnumerable<(int[] Path, double Probability)> Paths(int days)
        {
            int k = _names.Count;
            int total = (int)Math.Pow(k, days);
            for (int code = 0; code < total; code++)
            {
                var path = new int[days];
                int c = code;
                for (int t = 0; t < days; t++)
                {
                    path[t] = c % k;
                    c /= k;
                }

                double p = path[0] == (_forced[0] >= 0 ? _forced[0] : _names.IndexOf(_scenario.Escalation!.Initial)) ? 1 : 0;
                for (int t = 1; t < days && p > 0; t++)
                {
                    p *= _forced[t] >= 0 ? (path[t] == _forced[t] ? 1 : 0) : Move(path[t - 1], path[t]);
                }

                if (p > 0)
                {
                    yield return (path, p);
                }
            }
        }

        private double Move(int from, int to)
        {
            var state = _scenario.Escalation!.States[from];
            double leave = 1 / state.MeanDurationDays!.Value;
            if (from == to)
            {
                return 1 - leave;
            }

            double total = state.Next.Sum(n => n.Weight);
            return leave * state.Next.Where(n => n.To == _names[to]).Sum(n => n.Weight) / total;
        }
    }
}
