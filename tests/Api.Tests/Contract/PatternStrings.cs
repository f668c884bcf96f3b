using System.Text;
using CsCheck;

namespace PartyCommittee.Api.Tests.Contract;

/// <summary>
/// Strings that match a schema <c>pattern</c>, for the subset of regular expressions the contract uses: anchors,
/// literals and escapes, character classes with ranges, groups, and the quantifiers <c>? * + {n} {n,m}</c>.
/// Returns null for anything else (the caller falls back to plain text).
/// </summary>
public static class PatternStrings
{
    public static string? Generate(string pattern, PCG random)
    {
        try
        {
            var builder = new StringBuilder();
            var position = 0;
            Sequence(pattern, ref position, random, builder);
            return position == pattern.Length ? builder.ToString() : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static void Sequence(string pattern, ref int position, PCG random, StringBuilder output)
    {
        while (position < pattern.Length && pattern[position] is not ')' and not '|')
        {
            var c = pattern[position];
            if (c is '^' or '$')
            {
                position++;
                continue;
            }

            var atomStart = position;
            Func<PCG, StringBuilder, bool> atom = Atom(pattern, ref position);
            var (min, max) = Quantifier(pattern, ref position);
            var count = min + (int)random.Next((uint)(Math.Min(max, min + 4) - min + 1));
            for (var i = 0; i < count; i++)
            {
                if (!atom(random, output))
                {
                    throw new FormatException("unsupported atom at " + atomStart);
                }
            }
        }
    }

    private static Func<PCG, StringBuilder, bool> Atom(string pattern, ref int position)
    {
        var c = pattern[position];
        switch (c)
        {
            case '[':
                var chars = Class(pattern, ref position);
                return (r, o) =>
                {
                    o.Append(chars[(int)r.Next((uint)chars.Count)]);
                    return true;
                };
            case '(':
                var start = position + 1;
                var depth = 0;
                var end = start;
                for (; end < pattern.Length; end++)
                {
                    if (pattern[end] == '\\')
                    {
                        end++;
                    }
                    else if (pattern[end] == '(')
                    {
                        depth++;
                    }
                    else if (pattern[end] == ')' && depth-- == 0)
                    {
                        break;
                    }
                }

                var inner = pattern[start..end];
                position = end + 1;
                if (inner.Contains('|', StringComparison.Ordinal) || inner.StartsWith('?'))
                {
                    throw new FormatException("alternation");
                }

                return (r, o) =>
                {
                    var p = 0;
                    Sequence(inner, ref p, r, o);
                    return true;
                };
            case '\\':
                var escaped = pattern[position + 1];
                position += 2;
                var set = escaped switch
                {
                    'd' => "0123456789",
                    'w' => "abcxyzABC019_",
                    's' => " ",
                    _ => escaped.ToString(),
                };
                return (r, o) =>
                {
                    o.Append(set[(int)r.Next((uint)set.Length)]);
                    return true;
                };
            case '.':
                position++;
                return (r, o) =>
                {
                    o.Append("abc123"[(int)r.Next(6)]);
                    return true;
                };
            default:
                position++;
                return (_, o) =>
                {
                    o.Append(c);
                    return true;
                };
        }
    }

    private static List<char> Class(string pattern, ref int position)
    {
        position++;
        if (pattern[position] == '^')
        {
            throw new FormatException("negated class");
        }

        var chars = new List<char>();
        while (pattern[position] != ']')
        {
            var c = pattern[position] == '\\' ? pattern[++position] : pattern[position];
            if (pattern[position] == 'd' && pattern[position - 1] == '\\')
            {
                chars.AddRange("0123456789");
                position++;
                continue;
            }

            if (position + 2 < pattern.Length && pattern[position + 1] == '-' && pattern[position + 2] != ']')
            {
                var to = pattern[position + 2];
                for (var x = c; x <= to; x++)
                {
                    chars.Add(x);
                }

                position += 3;
            }
            else
            {
                chars.Add(c);
                position++;
            }
        }

        position++;
        return chars;
    }

    private static (int Min, int Max) Quantifier(string pattern, ref int position)
    {
        if (position >= pattern.Length)
        {
            return (1, 1);
        }

        switch (pattern[position])
        {
            case '?':
                position++;
                return (0, 1);
            case '*':
                position++;
                return (0, 4);
            case '+':
                position++;
                return (1, 4);
            case '{':
                var close = pattern.IndexOf('}', position);
                var parts = pattern[(position + 1)..close].Split(',');
                position = close + 1;
                var min = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
                var max = parts.Length == 1 ? min : parts[1].Length == 0 ? min + 4 : int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                return (min, max);
            default:
                return (1, 1);
        }
    }
}
