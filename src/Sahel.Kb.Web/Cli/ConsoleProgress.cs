using System.Globalization;

namespace Sahel.Kb.Web.Cli;

/// <summary>
/// Progress of long work on standard error: on a terminal, a bar redrawn in place with the counts
/// and an estimate of the time left; otherwise (a log, CI) a plain line when a stage begins and
/// every few seconds. Standard output stays the verb's result.
/// </summary>
public sealed class ConsoleProgress(TextWriter writer, bool terminal, TimeProvider time) : IProgress<Sahel.Kb.Import.ImportProgress>, IProgress<Offline.ExportProgress>
{
    private const int BarWidth = 24;
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private string? _stage;
    private long _stageStarted;
    private long _lastWritten;
    private bool _barShown;

    /// <summary>Progress on this process's standard error, drawn as a bar when it is a terminal.</summary>
    public static ConsoleProgress OnStandardError() => new(Console.Error, !Console.IsErrorRedirected, TimeProvider.System);

    public void Report(Sahel.Kb.Import.ImportProgress value) => Report(value.Stage, value.Done, value.Total);

    public void Report(Offline.ExportProgress value) => Report("exporting", value.Done, value.Total);

    /// <summary>The <paramref name="done"/>th of <paramref name="total"/> things of <paramref name="stage"/> is done (a total of 0: a stage without counts).</summary>
    public void Report(string stage, int done, int total)
    {
        lock (_lock)
        {
            var now = time.GetTimestamp();
            var newStage = stage != _stage;
            if (newStage)
            {
                EndBar();
                (_stage, _stageStarted) = (stage, now);
            }

            var finished = total > 0 && done >= total;
            if (!newStage && !finished && time.GetElapsedTime(_lastWritten, now) < (terminal ? TerminalEvery : LogEvery))
            {
                return;
            }

            _lastWritten = now;
            var line = Line(stage, done, total, time.GetElapsedTime(_stageStarted, now));
            if (terminal)
            {
                writer.Write($"\r{line}\u001b[K");
                _barShown = true;
                if (finished)
                {
                    EndBar();
                }
            }
            else
            {
                writer.WriteLine(line);
            }
        }
    }

    /// <summary>Ends the bar's line, so what is written next starts on a line of its own.</summary>
    public void Done()
    {
        lock (_lock)
        {
            EndBar();
        }
    }

    /// <summary>"merging [#########...............] 7,500 of 20,000 (38 %), about 12 s left"; a stage without counts is its name.</summary>
    public static string Line(string stage, int done, int total, TimeSpan elapsed)
    {
        if (total <= 0)
        {
            return $"{stage}…";
        }

        var share = Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(share * BarWidth);
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{stage} [{new string('#', filled)}{new string('.', BarWidth - filled)}] {done:N0} of {total:N0} ({share:P0})");
        if (done > 0 && done < total && elapsed > TimeSpan.FromSeconds(1))
        {
            var left = elapsed * ((total - done) / (double)done);
            text += left.TotalSeconds < 90 ? $", about {Math.Ceiling(left.TotalSeconds):0} s left" : $", about {Math.Ceiling(left.TotalMinutes):0} min left";
        }

        return text;
    }

    private void EndBar()
    {
        if (_barShown)
        {
            writer.WriteLine();
            _barShown = false;
        }
    }
}
