using ScenarioSim.Diagnostics;

namespace ScenarioSim.Model.Validation;

/// <summary>The rules of <c>regions:</c> (unique ids, each region's numbers) and <c>groups:</c>, and references to a region.</summary>
internal sealed partial class ScenarioRules
{
    private void CheckRegions()
    {
        if (_scenario.Regions.Count == 0)
        {
            _problems.Add("regions", "regions must list at least one region");
            return;
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _scenario.Regions.Count; i++)
        {
            Region region = _scenario.Regions[i];
            string path = $"regions[{i}]";
            if (_problems.NotEmpty($"{path}.id", region.Id))
            {
                if (firstIndex.TryGetValue(region.Id, out int first))
                {
                    _problems.Add(
                        $"{path}.id",
                        $"{path}.id '{region.Id}' is already used by regions[{first}]; region ids must be unique");
                }
                else
                {
                    firstIndex.Add(region.Id, i);
                }
            }

            Numbers("regions[]", [i]);
        }
    }

    /// <summary>
    /// Group names become keys in the outputs (<c>by_group.&lt;name&gt;</c>, <c>group:&lt;name&gt;</c>
    /// rows), so they are plain names; each group lists existing regions, each once.
    /// </summary>
    private void CheckGroups()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int g = 0; g < _scenario.Groups.Count; g++)
        {
            RegionGroup group = _scenario.Groups[g];
            string path = $"groups.{group.Name}";
            if (!IsPlainName(group.Name))
            {
                _problems.Add(
                    path,
                    $"group name '{group.Name}' must start with a letter and hold only letters, digits, '_' and '-'");
            }
            else if (!seen.Add(group.Name))
            {
                _problems.Add(path, $"group '{group.Name}' is defined twice; group names must be unique");
            }

            if (group.Regions.Count == 0)
            {
                _problems.Add(path, $"{path} must list at least one region id");
                continue;
            }

            var listed = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < group.Regions.Count; i++)
            {
                string itemPath = $"{path}[{i}]";
                string regionId = group.Regions[i];
                if (CheckRegionReference(itemPath, regionId) && !listed.TryAdd(regionId, i))
                {
                    _problems.Add(
                        itemPath,
                        $"{itemPath} repeats region '{regionId}' (first given as {path}[{listed[regionId]}]); list each region once");
                }
            }
        }
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-');

    private bool CheckRegionReference(string path, string? regionId)
    {
        if (!_problems.NotEmpty(path, regionId))
        {
            return false;
        }

        if (_regionIdSet.Contains(regionId!))
        {
            return true;
        }

        _problems.Add(
            path,
            $"{path} '{regionId}' is not a region id (the regions are {ListOrNone(_regionIds)})" +
            Spelling.Hint(regionId!, _regionIds));
        return false;
    }
}
