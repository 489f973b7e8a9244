namespace Sahel.Kb.Web.Tests.Support;

/// <summary>
/// A wall clock that always reads <paramref name="now"/>, while timestamps and timers run as they
/// do: the app's polling and throttles keep working.
/// </summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
