namespace Sahel.Kb.Text;

/// <summary>A name found in a text: which name, where, how long.</summary>
public readonly record struct NameMatch(int Name, int Start, int Length);

/// <summary>
/// Aho–Corasick over folded names: one pass over a text finds every occurrence of every name,
/// in time linear in the text. Matches are whole words, case- and diacritic-insensitive, and
/// overlapping matches resolve to the leftmost, then longest.
/// </summary>
public sealed class NameAutomaton
{
    private readonly List<Dictionary<char, int>> _next = [[]];
    private readonly List<int> _fail = [0];
    private readonly List<int> _output = [-1];      // the longest name ending at this node, or -1
    private readonly List<int> _outputLink = [-1];  // the nearest proper suffix node that ends a name
    private readonly List<int> _lengths = [];

    public NameAutomaton(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(TextFold.Key(name));
        }

        Build();
    }

    public int Count => _lengths.Count;

    /// <summary>Whole-word, non-overlapping matches, leftmost and then longest first.</summary>
    public List<NameMatch> Find(string text)
    {
        var all = new List<NameMatch>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Normalize(text[i]);
            while (state != 0 && !_next[state].ContainsKey(c))
            {
                state = _fail[state];
            }

            state = _next[state].GetValueOrDefault(c);
            for (var node = _output[state] >= 0 ? state : _outputLink[state]; node > 0; node = _outputLink[node])
            {
                var name = _output[node];
                var start = i - _lengths[name] + 1;
                if (IsBoundary(text, start - 1) && IsBoundary(text, i + 1))
                {
                    all.Add(new NameMatch(name, start, _lengths[name]));
                }
            }
        }

        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var chosen = new List<NameMatch>();
        var end = 0;
        foreach (var match in all)
        {
            if (match.Start >= end)
            {
                chosen.Add(match);
                end = match.Start + match.Length;
            }
        }

        return chosen;
    }

    private static char Normalize(char c)
    {
        // "wal-Muslimin" and "wal Muslimin" are one name.
        var folded = TextFold.Fold(c);
        return folded == '-' || char.IsWhiteSpace(folded) ? ' ' : folded;
    }

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !TextFold.IsWordChar(text[index]);

    private void Add(string key)
    {
        var state = 0;
        foreach (var c in key.Replace('-', ' '))
        {
            if (!_next[state].TryGetValue(c, out var next))
            {
                next = _next.Count;
                _next.Add([]);
                _fail.Add(0);
                _output.Add(-1);
                _outputLink.Add(-1);
                _next[state][c] = next;
            }

            state = next;
        }

        // Every name gets its own index so callers can map an index to their list; of two names
        // with the same folded key, matches report the first.
        _lengths.Add(key.Length);
        if (_output[state] < 0)
        {
            _output[state] = _lengths.Count - 1;
        }
    }

    private void Build()
    {
        var queue = new Queue<int>();
        foreach (var child in _next[0].Values)
        {
            _fail[child] = 0;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in _next[state])
            {
                var fail = _fail[state];
                while (fail != 0 && !_next[fail].ContainsKey(c))
                {
                    fail = _fail[fail];
                }

                _fail[child] = _next[fail].TryGetValue(c, out var target) && target != child ? target : 0;
                var suffix = _fail[child];
                _outputLink[child] = _output[suffix] >= 0 ? suffix : _outputLink[suffix];
                queue.Enqueue(child);
            }
        }
    }
}
