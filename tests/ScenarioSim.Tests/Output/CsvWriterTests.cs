using ScenarioSim.Output;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Output;

[TestFixture]
public sealed class CsvWriterTests
{
    [Test]
    public void MetricsCsv_Write_HeaderAndRowsPinned()
    {
        string[] lines = Lines(w => MetricsCsv.Write(w, SampleResults.Full()));

        Assert.That(lines, Has.Length.EqualTo(1 + 4));
        Assert.That(lines[0], Is.EqualTo("metric,n,n_missing,mean,sd,se,p05,p25,p50,p75,p95,min,max,probability,ci95_low,ci95_high"));
        Assert.That(lines[1], Is.EqualTo("militia_attacks_total,100,0,12.5,2.5,0.25,8.5,10.5,12.5,14.5,16.5,6.5,19,,,"));
        Assert.That(lines[2], Is.EqualTo("any_fatality,100,0,0.25,2.5,0.25,-3.75,-1.75,0.25,2.25,4.25,-5.75,6.75,0.25,0.17558112730260284,0.34265010577769345"));
        Assert.That(lines[3], Is.EqualTo("days_to_resurgence,0,100,,,,,,,,,,,,,"));
    }

    [Test]
    public void SeriesCsv_Write_HeaderAndRowsPinned()
    {
        string[] lines = Lines(w => SeriesCsv.Write(w, SampleResults.Full()));

        Assert.That(lines, Has.Length.EqualTo(1 + 5));
        Assert.That(lines[0], Is.EqualTo("series,region,month,n,mean,sd,se,p05,p25,p50,p75,p95,min,max"));
        Assert.That(lines[1], Is.EqualTo("militia_attacks,anbar,2025-01,100,3.1,2.5,0.25,-0.8999999999999999,1.1,3.1,5.1,7.1,-2.9,9.6"));
        Assert.That(lines[4], Is.EqualTo("militia_attacks,all,2025-02,0,,,,,,,,,,"));
        Assert.That(lines[5], Is.EqualTo("troops,anbar,2025-01,100,1000,2.5,0.25,996,998,1000,1002,1004,994,1006.5"));
    }

    [Test]
    public void MetricsCsv_Write_SameResultTwice_IdenticalBytesWithUnixLineEndings()
    {
        byte[] first = Bytes(s => MetricsCsv.Write(s, SampleResults.Full()));

        Assert.That(Bytes(s => MetricsCsv.Write(s, SampleResults.Full())), Is.EqualTo(first));
        Assert.That(first, Does.Not.Contain((byte)'\r'));
        Assert.That(first[^1], Is.EqualTo((byte)'\n'));
    }

    [Test]
    public void SeriesCsv_Write_SameResultTwice_IdenticalBytes()
    {
        byte[] first = Bytes(s => SeriesCsv.Write(s, SampleResults.Full()));

        Assert.That(Bytes(s => SeriesCsv.Write(s, SampleResults.Full())), Is.EqualTo(first));
        Assert.That(first, Does.Not.Contain((byte)'\r'));
    }

    [Test]
    public void MetricsCsv_Write_NameWithComma_IsQuoted()
    {
        var result = SampleResults.Minimal() with
        {
            Metrics = [new MetricSummary("odd, \"name\"", SampleResults.Empty)],
        };

        string[] lines = Lines(w => MetricsCsv.Write(w, result));

        Assert.That(lines[1], Does.StartWith("\"odd, \"\"name\"\"\",0,0,"));
    }

    private static string[] Lines(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        string text = writer.ToString();
        Assert.That(text, Does.EndWith("\n"));
        return text[..^1].Split('\n');
    }

    private static byte[] Bytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
