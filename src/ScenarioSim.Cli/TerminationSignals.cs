using System.Runtime.InteropServices;

namespace ScenarioSim.Cli;

/// <summary>
/// Turns Ctrl+C, SIGINT and SIGTERM into cancellation of the running verb, which then stops, deletes what
/// it had not committed and exits with <see cref="ExitCodes.Cancelled"/>, whichever the signal. A verb
/// that has not stopped after <see cref="GracePeriod"/>, or a second signal, ends the process at once with
/// the same code (the next writer of its destination deletes what it left).
/// </summary>
/// <remarks>Thread-safe: signals arrive on their own thread.</remarks>
internal sealed class TerminationSignals : IDisposable
{
    /// <summary>How long a cancelled verb has to stop before the process is ended anyway.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _cancellation = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signals;

    private TerminationSignals()
    {
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>True once a signal has arrived.</summary>
    public bool Signalled => Volatile.Read(ref _signals) > 0;

    /// <summary>Starts listening for SIGINT (Ctrl+C) and SIGTERM.</summary>
    public static TerminationSignals Listen()
    {
        var signals = new TerminationSignals();
        signals._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, signals.Handle));
        signals._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, signals.Handle));
        return signals;
    }

    /// <summary>Stops listening.</summary>
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancellation.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // The verb stops by itself; the default action would end the process before it cleans up.
        context.Cancel = true;
        if (Interlocked.Increment(ref _signals) > 1)
        {
            Environment.Exit(ExitCodes.Cancelled);
        }

        _cancellation.Cancel();
        _ = Task.Delay(GracePeriod).ContinueWith(_ => Environment.Exit(ExitCodes.Cancelled), TaskScheduler.Default);
    }
}
