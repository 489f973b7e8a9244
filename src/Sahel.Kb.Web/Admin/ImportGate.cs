namespace Sahel.Kb.Web.Admin;

/// <summary>
/// One import at a time in this app: a second one is told that one is running, and readers never
/// wait. The running import tells the gate how far it is, for the admin pages to show.
/// </summary>
public sealed class ImportGate(TimeProvider time) : IProgress<Sahel.Kb.Import.ImportProgress>, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>When the running import started, or null when none runs.</summary>
    public DateTime? RunningSince { get; private set; }

    /// <summary>How far the running import is, or null.</summary>
    public Sahel.Kb.Import.ImportProgress? Progress { get; private set; }

    public void Report(Sahel.Kb.Import.ImportProgress value) => Progress = value;

    /// <summary>Runs <paramref name="import"/> unless one is running; then returns false at once.</summary>
    public async Task<(bool Ran, T? Result)> TryRunAsync<T>(Func<Task<T>> import)
    {
        if (!await _gate.WaitAsync(TimeSpan.Zero))
        {
            return (false, default);
        }

        try
        {
            RunningSince = time.GetUtcNow().UtcDateTime;
            return (true, await import());
        }
        finally
        {
            (RunningSince, Progress) = (null, null);
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
