// A minimal app that uses the ScenarioSim package: options from appsettings.json, the runner and
// loader from dependency injection, one scenario built in code and one loaded from YAML; and the
// ScenarioSim.Reporting package for each run's HTML report.
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ScenarioSim.Hosting;
using ScenarioSim.Model;
using ScenarioSim.Output;
using ScenarioSim.Reporting;
using ScenarioSim.Results;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Services.AddScenarioSim(builder.Configuration.GetSection(ScenarioSimOptions.SectionName));
using var host = builder.Build();
await host.StartAsync(); // invalid ScenarioSim settings stop the app here, every problem listed

var runner = host.Services.GetRequiredService<IScenarioRunner>();
var loader = host.Services.GetRequiredService<IScenarioLoader>();

// 1. Built in code: 300 advisers stay in Erbil through 2026. Validation gives the same messages as a file.
var start = new DateOnly(2026, 1, 1);
var advisers = new Scenario
{
    Name = "erbil-advisers",
    Start = start,
    End = new DateOnly(2026, 12, 31),
    Regions = [new Region { Id = "erbil", Militia = new RegionMilitia { BaseRate = 0.05 } }],
    Forces = [new ForceDeployment { Contingent = "us", Region = "erbil", Schedule = [new ScheduleBreakpoint(start, 300)] }],
};
if (ScenarioValidator.Validate(advisers) is { Count: > 0 } problems)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine(problem);
    }

    return 2;
}

// 2. Loaded from YAML, relative to ScenarioSim:ScenariosDirectory; problems come as file:line:col: error: ...
var loaded = loader.LoadFile("baghdad-drawdown.yaml");
if (!loaded.Succeeded)
{
    foreach (var problem in loaded.Diagnostics)
    {
        Console.Error.WriteLine(problem);
    }

    return 2;
}

foreach (var scenario in new[] { advisers, loaded.Value! })
{
    // No RunOptions: replications and seed come from the scenario's run: block, else from appsettings.json.
    SimulationResult result = runner.Run(scenario);
    var attacks = result.Metric(MetricNames.MilitiaAttacksTotal).Statistics;
    var deaths = result.Metric(MetricNames.MilitiaFatalitiesTotal).Statistics;
    var anyFatality = result.Metric(MetricNames.AnyFatality).Probability!;
    var summary = SummaryDocument.For(scenario, result);
    string json = SummaryJson.ToJson(summary); // the same text as the CLI's summary.json
    // The self-contained HTML report (ScenarioSim.Reporting), as `scenariosim run --report` writes it.
    string html = RunReport.ToHtml(summary, DateOnly.FromDateTime(DateTime.UtcNow));
    int charts = html.Split("<svg").Length - 1;

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{result.ScenarioName}: replications={result.Replications} seed={result.Seed} " +
        $"militia_attacks_total.mean={attacks.Mean:0.###} militia_attacks_total.p95={attacks.P95:0.###} " +
        $"militia_fatalities_total.mean={deaths.Mean:0.####} any_fatality.probability={anyFatality.Probability:0.####} " +
        $"summary_json_bytes={json.Length} report_html_bytes={html.Length} report_svg_charts={charts}"));
}

await host.StopAsync();
return 0;
