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

    /// <summary>How the last import started with <see cref="TryStart"/> ended: its report, or why nothing was imported.</summary>
    public ImportOutcome? Last { get; private set; }

    /// <summary>The import started with <see cref="TryStart"/>, until it ends (tests wait for it).</summary>
    public Task Running { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Starts <paramref name="import"/> in the background unless one is running (then false); it
    /// is told the gate's progress, and <paramref name="running"/> ends with its outcome.
    /// </summary>
    public bool TryStart(Func<IProgress<Sahel.Kb.Import.ImportProgress>, Task<Sahel.Kb.Import.ImportReport>> import, out Task<ImportOutcome> running)
    {
        if (!_gate.Wait(TimeSpan.Zero))
        {
            running = Task.FromResult(new ImportOutcome(null, null));
            return false;
        }

        RunningSince = time.GetUtcNow().UtcDateTime;
        running = Task.Run(async () =>
        {
            try
            {
                return Last = new ImportOutcome(await import(this), null);
            }
            catch (Sahel.Kb.Import.ImportException e)
            {
                return Last = new ImportOutcome(null, $"Nothing was imported: {e.Message}");
            }
            finally
            {
                (RunningSince, Progress) = (null, null);
                _gate.Release();
            }
        });
        Running = running;
        return true;
    }

    public void Dispose() => _gate.Dispose();
}

/// <summary>An import's end: its report, or the problem that stopped it before anything was written.</summary>
public sealed record ImportOutcome(Sahel.Kb.Import.ImportReport? Report, string? Problem);
