using System.Globalization;
using ScenarioSim.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ScenarioSim.Yaml;

/// <summary>
/// Writes an override file (<c>--set-file</c>) through YamlDotNet's emitter, so every key and value is
/// quoted as YAML needs and a header comment that contains a line break (a path with a newline in a
/// command line) stays a comment on every line instead of becoming an entry.
/// </summary>
/// <remarks>Not thread-safe: one writer per file.</remarks>
internal sealed class OverrideFileWriter
{
    private static readonly char[] LineBreaks = ['\r', '\n', '\u0085', '\u2028', '\u2029'];

    private readonly Emitter _emitter;

    /// <summary>Starts the file: the comments, one <c>#</c> line per line of text, then the mapping.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <param name="comments">Header lines, without the leading <c>#</c>.</param>
    public OverrideFileWriter(TextWriter writer, IEnumerable<string> comments)
    {
        _emitter = new Emitter(writer, new EmitterSettings().WithNewLine("\n"));
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        foreach (string comment in comments)
        {
            foreach (string line in comment.Split(LineBreaks))
            {
                _emitter.Emit(new Comment(line, isInline: false));
            }
        }

        _emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
    }

    /// <summary>Writes <c>path: value</c>.</summary>
    public void Number(string path, double value)
    {
        Plain(path);
        Plain(Format(value));
    }

    /// <summary>Writes <c>path: { dist: …, … }</c> in the scenario format's uncertain-parameter syntax.</summary>
    public void Distribution(string path, Distribution distribution)
    {
        Plain(path);
        _emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
        foreach (var (key, value) in Fields(distribution))
        {
            Plain(key);
            Plain(value);
        }

        _emitter.Emit(new MappingEnd());
    }

    /// <summary>Writes the top-level <c>correlations</c> list, <c>{ between: [a, b], rank: ρs }</c> per pair.</summary>
    public void Correlations(IReadOnlyList<ParameterCorrelation> correlations)
    {
        if (correlations.Count == 0)
        {
            return;
        }

        Plain("correlations");
        _emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Block));
        foreach (var c in correlations)
        {
            _emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Flow));
            Plain("between");
            _emitter.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
            Plain(c.First);
            Plain(c.Second);
            _emitter.Emit(new SequenceEnd());
            Plain("rank");
            Plain(Format(c.RankCorrelation));
            _emitter.Emit(new MappingEnd());
        }

        _emitter.Emit(new SequenceEnd());
    }

    /// <summary>Ends the mapping and the document.</summary>
    public void Finish()
    {
        _emitter.Emit(new MappingEnd());
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static IEnumerable<(string Key, string Value)> Fields(Distribution distribution) => distribution switch
    {
        LogNormalDistribution d => [("dist", "lognormal"), ("mu", Format(d.Mu)), ("sigma", Format(d.Sigma))],
        BetaDistribution d => [("dist", "beta"), ("alpha", Format(d.Alpha)), ("beta", Format(d.BetaShape)), ("min", Format(d.Min)), ("max", Format(d.Max))],
        FixedDistribution d => [("dist", "fixed"), ("value", Format(d.Value))],
        _ => throw new ArgumentException($"{distribution.GetType().Name} is not written by calibrate", nameof(distribution)),
    };

    /// <summary>A scalar the emitter quotes only when YAML needs it.</summary>
    private void Plain(string value) => _emitter.Emit(new Scalar(null, null, value, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true));
}
