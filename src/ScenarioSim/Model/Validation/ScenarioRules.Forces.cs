using static ScenarioSim.Model.Validation.DiagnosticList;

namespace ScenarioSim.Model.Validation;

/// <summary>The rules of <c>forces:</c>: names, one schedule per contingent and region, increasing breakpoints, each breakpoint's numbers, the slip.</summary>
internal sealed partial class ScenarioRules
{
    private void CheckForces()
    {
        var firstIndex = new Dictionary<(string, string), int>();
        for (int i = 0; i < _scenario.Forces.Count; i++)
        {
            ForceDeployment force = _scenario.Forces[i];
            string path = $"forces[{i}]";
            bool named = _problems.NotEmpty($"{path}.contingent", force.Contingent);
            named &= CheckRegionReference($"{path}.region", force.Region);
            if (named)
            {
                if (firstIndex.TryGetValue((force.Contingent, force.Region), out int first))
                {
                    _problems.Add(
                        path,
                        $"{path} repeats contingent '{force.Contingent}' in region '{force.Region}' (first given as " +
                        $"forces[{first}]); each contingent has at most one schedule per region");
                }
                else
                {
                    firstIndex.Add((force.Contingent, force.Region), i);
                }
            }

            CheckSchedule(path, i, force.Schedule);
            if (force.SlipDays is { } slip)
            {
                CheckSlip($"{path}.slip_days", slip);
            }

            Numbers("forces[]", [i]);
        }
    }

    private void CheckSchedule(string forcePath, int force, IReadOnlyList<ScheduleBreakpoint> schedule)
    {
        if (schedule.Count == 0)
        {
            _problems.Add($"{forcePath}.schedule", $"{forcePath}.schedule must have at least one breakpoint");
            return;
        }

        for (int j = 0; j < schedule.Count; j++)
        {
            string path = $"{forcePath}.schedule[{j}]";
            if (j > 0 && schedule[j].Date <= schedule[j - 1].Date)
            {
                _problems.Add(
                    $"{path}.date",
                    $"{path}.date {Date(schedule[j].Date)} must be after {forcePath}.schedule[{j - 1}].date " +
                    $"{Date(schedule[j - 1].Date)}; breakpoint dates must be strictly increasing");
            }

            Numbers("forces[].schedule[]", [force, j]);
        }
    }

    private void CheckSlip(string path, Distribution slip)
    {
        const string Why = " because a slip can only delay";
        switch (slip)
        {
            case FixedDistribution fixedSlip:
                SlipValue($"{path}.value", fixedSlip.Value);
                break;
            case UniformDistribution uniform:
                if (SlipValue($"{path}.min", uniform.Min) & _problems.Finite($"{path}.max", uniform.Max) &&
                    uniform.Max < uniform.Min)
                {
                    _problems.Add(
                        $"{path}.max",
                        $"{path}.max must be >= min ({Number(uniform.Min)}), but was {Number(uniform.Max)}");
                }

                break;
            case TriangularDistribution triangular:
                bool finite = SlipValue($"{path}.min", triangular.Min);
                finite &= _problems.Finite($"{path}.mode", triangular.Mode);
                finite &= _problems.Finite($"{path}.max", triangular.Max);
                if (!finite)
                {
                    break;
                }

                if (triangular.Max < triangular.Min)
                {
                    _problems.Add(
                        $"{path}.max",
                        $"{path}.max must be >= min ({Number(triangular.Min)}), but was {Number(triangular.Max)}");
                }
                else if (triangular.Mode < triangular.Min || triangular.Mode > triangular.Max)
                {
                    _problems.Add(
                        $"{path}.mode",
                        $"{path}.mode must lie between min ({Number(triangular.Min)}) and max " +
                        $"({Number(triangular.Max)}), but was {Number(triangular.Mode)}");
                }

                break;
        }

        bool SlipValue(string valuePath, double value)
        {
            if (!_problems.Finite(valuePath, value))
            {
                return false;
            }

            if (value < 0)
            {
                _problems.Add(valuePath, $"{valuePath} must be >= 0{Why}, but was {Number(value)}");
            }

            return true;
        }
    }
}
