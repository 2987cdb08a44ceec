namespace ScenarioSim.Diagnostics;

/// <summary>
/// The outcome of loading or validating something (a scenario, an override file, an observed-data file,
/// the <c>--fit</c> list): a value, or every problem found. Exceptions are thrown only when the caller
/// asks, through <see cref="GetValueOrThrow"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <typeparam name="T">The loaded value's type.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    private LoadResult(T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The value; <see langword="null"/> when <see cref="Succeeded"/> is false.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in source order where known.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when there is a value and no problem.</summary>
    public bool Succeeded => Value is not null && Diagnostics.Count == 0;

    /// <summary>A successful result.</summary>
    public static LoadResult<T> Success(T value) => new(value, []);

    /// <summary>A failed result carrying every problem.</summary>
    public static LoadResult<T> Failure(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Count == 0
            ? throw new ArgumentException("A failure needs at least one diagnostic.", nameof(diagnostics))
            : new(null, diagnostics);

    /// <summary>Returns the value, or throws <see cref="InvalidInputException"/> listing every problem.</summary>
    public T GetValueOrThrow() =>
        Succeeded ? Value! : throw new InvalidInputException(Diagnostics);
}
