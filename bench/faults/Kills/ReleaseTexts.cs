using System.Text.RegularExpressions;

namespace ScoGraphQL.Bench.Faults.Kills;

/// <summary>
/// Generated releases that can be found again: each body carries one unique word (and only one) plus
/// <see cref="SharedWord"/>, and names a few countries, places and people so extraction has entities to store.
/// </summary>
public static partial class ReleaseTexts
{
    /// <summary>In every generated release, so a search for it must count exactly the releases stored.</summary>
    public const string SharedWord = "zyzzyva";

    private static readonly string[] Countries = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "India", "Pakistan", "China", "Russia", "Iran", "Belarus"];
    private static readonly string[] Places = ["Beijing", "Tashkent", "Astana", "Dushanbe", "Bishkek", "Moscow"];
    private static readonly string[] Subjects = ["trade and transport links", "counter-terrorism cooperation", "energy projects", "cultural exchange", "the pandemic response"];

    /// <summary>
    /// Unique word number <paramref name="n"/>: "zq", six letters, "x". All the same length and ending, so no word
    /// contains another and English stemming (which never strips an "x") keeps them apart.
    /// </summary>
    public static string Word(long n)
    {
        const long space = 26L * 26 * 26 * 26 * 26 * 26;
        var scrambled = n * 48_271 % space; // a bijection on [0, 26^6): 48,271 is prime and shares no factor with 26
        var letters = new char[6];
        for (var i = 5; i >= 0; i--, scrambled /= 26) letters[i] = (char)('a' + scrambled % 26);
        return "zq" + new string(letters) + "x";
    }

    /// <summary>The unique words in a stored body.</summary>
    public static IReadOnlyList<string> WordsIn(string body) => UniqueWord().Matches(body).Select(m => m.Value).Distinct().ToList();

    public static string Title(string label) => $"Fault note {label}";

    /// <summary>Paragraphs separated by blank lines, as createRelease and seed files expect.</summary>
    public static string Body(string word, Random random)
    {
        var country = Countries[random.Next(Countries.Length)];
        var other = Countries[random.Next(Countries.Length)];
        var place = Places[random.Next(Places.Length)];
        var subject = Subjects[random.Next(Subjects.Length)];
        var day = random.Next(1, 28);
        return $"""
            On {day} March 2021, SCO Secretary-General Vladimir Norov met the Ambassador of {country} in {place}.

            The sides discussed {subject} and the {word} initiative, which {other} also supports ({SharedWord}).
            """;
    }

    /// <summary>A whole seed file or importRelease text: headline, blank line, body.</summary>
    public static string FileText(string title, string body) => title + "\n\n" + body + "\n";

    [GeneratedRegex("zq[a-z]{6}x")]
    private static partial Regex UniqueWord();
}
