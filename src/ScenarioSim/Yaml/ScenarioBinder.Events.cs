using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>The binder's <c>events:</c>: each event's name, date or window, numbers and effects.</summary>
internal sealed partial class ScenarioBinder
{
    /// <summary>Effect target names, in the order of <see cref="EffectTarget"/>.</summary>
    private static readonly string[] Targets =
        ["isis.recruitment", "isis.inflow", "isis.fighters", "militia.base_rate", "escalation"];

    private static ScenarioEvent PlaceholderEvent() => new() { Name = string.Empty, Effects = [] };

    private ScenarioEvent BindEvent(LocatedMapping map, string path)
    {
        string name = RequiredText(map, path, "name");
        // A date or window that fails to bind becomes the run's first day, so the timing rules stay quiet about it.
        DateOnly? date = OptionalDate(map, path, "date");
        if (date is null && map.Find("date") is { } dateNode && dateNode is not LocatedScalar { IsNull: true })
        {
            date = _runStart;
        }

        DateWindow? window = null;
        if (Mapping(map, path, "window", ScenarioShapes.Window) is { } windowMap)
        {
            string windowPath = Join(path, "window");
            DateOnly? from = RequiredDate(windowMap, windowPath, "from");
            DateOnly? to = RequiredDate(windowMap, windowPath, "to");
            window = new DateWindow(from ?? to ?? _runStart, to ?? from ?? _runStart);
        }
        else if (map.Find("window") is { } windowNode && windowNode is not LocatedScalar { IsNull: true })
        {
            window = new DateWindow(_runStart, _runStart);
        }

        var scenarioEvent = Numbers(map, "events[]", path, new ScenarioEvent { Name = name, Date = date, Window = window, Effects = [] });
        return scenarioEvent with
        {
            Effects = BindList(map, path, "effects", required: true, ScenarioShapes.Effect, BindEffect, PlaceholderEffect),
        };
    }

    private static EventEffect PlaceholderEffect() => new() { Target = EffectTarget.IsisRecruitment, Multiply = 1 };

    private EventEffect BindEffect(LocatedMapping map, string path)
    {
        EffectTarget? target = (EffectTarget?)RequiredChoice(map, path, "target", Targets);
        if (target is null)
        {
            Fail(path);
        }

        var effect = Numbers(map, "events[].effects[]", path, new EventEffect { Target = target ?? EffectTarget.IsisRecruitment });
        return effect with
        {
            SetState = OptionalText(map, path, "set_state"),
            Region = OptionalText(map, path, "region"),
        };
    }
}
