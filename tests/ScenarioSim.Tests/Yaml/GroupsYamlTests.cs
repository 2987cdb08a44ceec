using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Yaml;

/// <summary><c>groups:</c> and <c>policies.pause_drawdown.group</c> in YAML: binding, and every problem located.</summary>
public class GroupsYamlTests
{
    private const string Head = """
        name: grouped
        start: 2025-01-01
        end: 2025-12-31
        regions:
          - id: baghdad
          - id: anbar
          - id: syria

        """;

    [Test]
    public void Load_Groups_BoundInFileOrderWithPolicyGroup()
    {
        var result = ScenarioLoader.LoadString(Head + """
            groups:
              iraq: [baghdad, anbar]
              syria: [syria]
              west: [anbar]
            policies:
              pause_drawdown: { when_militia_attacks_30d_above: 20, pause_days: 90, group: iraq }
            """, "grouped.yaml");

        var scenario = result.GetValueOrThrow();
        Assert.That(scenario.Groups, Is.EqualTo(new[]
        {
            new RegionGroup("iraq", ["baghdad", "anbar"]),
            new RegionGroup("syria", ["syria"]),
            new RegionGroup("west", ["anbar"]),
        }));
        Assert.That(scenario.Policies.PauseDrawdown!.Group, Is.EqualTo("iraq"));
    }

    [Test]
    public void Load_NoGroups_EmptyAndPolicyCountsEveryRegion()
    {
        var scenario = ScenarioLoader.LoadString(Head + """
            policies:
              pause_drawdown: { when_militia_attacks_30d_above: 20, pause_days: 90 }
            """, "plain.yaml").GetValueOrThrow();

        Assert.That(scenario.Groups, Is.Empty);
        Assert.That(scenario.Policies.PauseDrawdown!.Group, Is.Null);
    }

    [Test]
    public void Load_BrokenGroups_EveryProblemLocated()
    {
        var result = ScenarioLoader.LoadString(Head + """
            groups:
              iraq: [baghdad, anbr]
              empty: []
              2nd: [syria]
              twice: [anbar, anbar]
              flat: syria
            policies:
              pause_drawdown: { when_militia_attacks_30d_above: 20, pause_days: 90, group: irak }
            """, "broken.yaml");

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "broken.yaml:9:19: error: groups.iraq[1] 'anbr' is not a region id (the regions are 'baghdad', 'anbar', 'syria'); did you mean 'anbar'?",
            "broken.yaml:10:3: error: groups.empty must list at least one region id",
            "broken.yaml:11:3: error: group name '2nd' must start with a letter and hold only letters, digits, '_' and '-'",
            "broken.yaml:12:18: error: groups.twice[1] repeats region 'anbar' (first given as groups.twice[0]); list each region once",
            "broken.yaml:13:9: error: groups.flat must be a list of region ids, but was 'syria'",
            "broken.yaml:15:80: error: policies.pause_drawdown.group 'irak' is not a group (the groups are 'iraq', 'empty', '2nd', 'twice'); did you mean 'iraq'?",
        }));
    }

    [Test]
    public void Load_DuplicateGroupName_Located()
    {
        var result = ScenarioLoader.LoadString(Head + """
            groups:
              iraq: [baghdad]
              iraq: [anbar]
            """, "twice.yaml");

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "twice.yaml:10:3: error: key 'iraq' appears twice in this mapping (first at line 9); each key may appear once",
        }));
    }

    [Test]
    public void Validate_DuplicateGroupNameInCode_Reported()
    {
        var scenario = ScenarioLoader.LoadString(Head, "code.yaml").GetValueOrThrow() with
        {
            Groups = [new RegionGroup("iraq", ["baghdad"]), new RegionGroup("iraq", ["anbar"])],
        };

        Assert.That(ScenarioValidator.Validate(scenario).Select(d => d.Message), Is.EqualTo(new[]
        {
            "group 'iraq' is defined twice; group names must be unique",
        }));
    }

    [Test]
    public void Set_GroupItem_RefusedAsText()
    {
        var result = ScenarioLoader.LoadString(Head + "groups: { iraq: [baghdad] }\n", "set.yaml", ["groups.iraq[0]=1"]);

        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains("only numbers can be set, but groups.iraq[0] is text"));
    }
}
