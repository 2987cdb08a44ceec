using static ScenarioSim.Model.Validation.DiagnosticList;

namespace ScenarioSim.Model.Validation;

/// <summary>
/// The rules of <c>events:</c>: unique names, one date or window inside the run, each event's numbers, and
/// effects that give what their target takes (its amount, state, days and region).
/// </summary>
internal sealed partial class ScenarioRules
{
    private void CheckEvents()
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _scenario.Events.Count; i++)
        {
            ScenarioEvent scenarioEvent = _scenario.Events[i];
            string path = $"events[{i}]";
            if (_problems.NotEmpty($"{path}.name", scenarioEvent.Name))
            {
                if (firstIndex.TryGetValue(scenarioEvent.Name, out int first))
                {
                    _problems.Add(
                        $"{path}.name",
                        $"{path}.name '{scenarioEvent.Name}' is already used by events[{first}]; event names must be unique");
                }
                else
                {
                    firstIndex.Add(scenarioEvent.Name, i);
                }
            }

            CheckEventTiming(path, scenarioEvent);
            Numbers("events[]", [i]);
            if (scenarioEvent.Effects.Count == 0)
            {
                _problems.Add($"{path}.effects", $"{path}.effects must have at least one effect");
            }

            for (int j = 0; j < scenarioEvent.Effects.Count; j++)
            {
                CheckEffect($"{path}.effects[{j}]", [i, j], scenarioEvent.Effects[j]);
            }
        }
    }

    private void CheckEventTiming(string path, ScenarioEvent scenarioEvent)
    {
        string run = $"the run ({Date(_scenario.Start)} to {Date(_scenario.End)})";
        switch (scenarioEvent.Date, scenarioEvent.Window)
        {
            case (null, null):
                _problems.Add(path, $"{path} must have exactly one of date and window, but has neither");
                break;
            case ({ }, { }):
                _problems.Add(path, $"{path} must have exactly one of date and window, but has both");
                break;
            case ({ } date, null):
                if (date < _scenario.Start || date > _scenario.End)
                {
                    _problems.Add(
                        $"{path}.date",
                        $"{path}.date {Date(date)} lies outside {run}, so the event could never happen");
                }

                break;
            case (null, { } window):
                if (window.To < window.From)
                {
                    _problems.Add(
                        $"{path}.window.to",
                        $"{path}.window.to ({Date(window.To)}) must not be before window.from ({Date(window.From)})");
                }
                else if (window.To < _scenario.Start || window.From > _scenario.End)
                {
                    _problems.Add(
                        $"{path}.window",
                        $"{path}.window ({Date(window.From)} to {Date(window.To)}) lies entirely outside {run}, " +
                        "so the event could never happen");
                }

                break;
        }
    }

    private void CheckEffect(string path, int[] indices, EventEffect effect)
    {
        (string target, bool multiply, bool add, bool setState, bool oneOff) = effect.Target switch
        {
            EffectTarget.IsisRecruitment => ("isis.recruitment", true, false, false, false),
            EffectTarget.IsisInflow => ("isis.inflow", false, true, false, false),
            EffectTarget.IsisFighters => ("isis.fighters", false, true, false, true),
            EffectTarget.MilitiaBaseRate => ("militia.base_rate", true, false, false, false),
            _ => ("escalation", false, false, true, true),
        };
        string takes = multiply ? "multiply" : add ? "add" : "set_state";

        if (target.StartsWith("isis.", StringComparison.Ordinal) && _scenario.Isis is null)
        {
            _problems.Add(
                $"{path}.target",
                $"{path}.target {target} needs an isis block, but the scenario has none");
        }

        CheckAmount(path, "multiply", effect.Multiply, multiply, target, takes);
        CheckAmount(path, "add", effect.Add, add, target, takes);
        if (multiply && effect.Multiply is double factor)
        {
            Check(ParameterField.EffectMultiply, indices, factor);
        }

        if (add && effect.Add is double amount)
        {
            if (effect.Target == EffectTarget.IsisInflow)
            {
                _problems.AtLeast($"{path}.add", amount, 0);
            }
            else if (_problems.Finite($"{path}.add", amount) && (amount != Math.Round(amount) || Math.Abs(amount) > int.MaxValue))
            {
                _problems.Add($"{path}.add", $"{path}.add must be a whole number of fighters for target {target}, but was {Number(amount)}");
            }
        }

        if (setState)
        {
            CheckSetState(path, effect.SetState);
        }
        else if (effect.SetState is not null)
        {
            _problems.Add($"{path}.set_state", $"{path}.set_state is not allowed for target {target}, which takes only {takes}");
        }

        if (effect.DurationDays is int duration)
        {
            if (oneOff)
            {
                _problems.Add(
                    $"{path}.duration_days",
                    $"{path}.duration_days is not allowed for target {target}, which acts once on the event's day");
            }
            else
            {
                Check(ParameterField.EffectDuration, indices, duration);
            }
        }

        if (effect.Region is not null)
        {
            if (effect.Target == EffectTarget.MilitiaBaseRate)
            {
                CheckRegionReference($"{path}.region", effect.Region);
            }
            else
            {
                _problems.Add(
                    $"{path}.region",
                    $"{path}.region is not allowed for target {target}; only militia.base_rate effects take a region");
            }
        }

        Numbers("events[].effects[]", indices, ParameterField.EffectMultiply, ParameterField.EffectAdd, ParameterField.EffectDuration);
    }

    private void CheckAmount(string path, string key, double? value, bool needed, string target, string takes)
    {
        if (needed && value is null)
        {
            _problems.Add(path, $"{path} (target {target}) needs {key}");
        }
        else if (!needed && value is not null)
        {
            _problems.Add($"{path}.{key}", $"{path}.{key} is not allowed for target {target}, which takes only {takes}");
        }
    }

    private void CheckSetState(string path, string? state)
    {
        if (state is null)
        {
            _problems.Add(path, $"{path} (target escalation) needs set_state");
        }
        else if (_scenario.Escalation is null)
        {
            _problems.Add(
                $"{path}.set_state",
                $"{path}.set_state needs an escalation chain, but the scenario has no escalation block");
        }
        else
        {
            CheckStateReference($"{path}.set_state", state);
        }
    }
}
