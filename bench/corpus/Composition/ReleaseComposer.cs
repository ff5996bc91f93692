using System.Globalization;
using System.Text;
using ScoGraphQL.Bench.Corpus.Gold;

namespace ScoGraphQL.Bench.Corpus.Composition;

/// <summary>One generated release: the file's name and text, and its gold annotation.</summary>
public sealed record GeneratedRelease(string FileName, string Text, GoldRelease Gold);

/// <summary>
/// Writes release number <c>index</c> of a corpus: picks the date and the kind of primary event, lets that scenario
/// write the body, then lays the text out as the site does (headline, Russian headline or byline, paragraphs with
/// the site's no-break spaces, boilerplate at the foot).
/// </summary>
public static class ReleaseComposer
{
    private static readonly DateOnly First = new(2001, 6, 15);
    private static readonly DateOnly Last = new(2026, 11, 20);

    private delegate Headlines Scenario(ReleaseDraft draft);

    private static readonly (Scenario Write, int Weight, int Since)[] Scenarios =
    [
        (Summit.Compose, 2, 2001),
        (MinisterialMeeting.Compose, 5, 2001),
        (SecretaryGeneralTalks.Compose, 4, World.SecretariatOpened),
        (JointExercise.Compose, 2, 2002),
        (Forum.Compose, 2, 2006),
        (UnCooperation.Compose, 1, World.SecretariatOpened),
        (Anniversary.Compose, 1, World.SecretariatOpened),
    ];

    public static GeneratedRelease Compose(World world, int seed, long index)
    {
        var dice = Dice.For(seed, "release", index);
        var date = First.AddDays(dice.Next(Last.DayNumber - First.DayNumber + 1));
        var draft = new ReleaseDraft(world, dice, date);
        var headlines = PickScenario(dice, date.Year)(draft);

        var fileName = $"{index:D6}_{Dice.Mix((ulong)(uint)seed, (ulong)index):x16}.txt";
        var text = new StringBuilder();
        text.Append(headlines.English).Append("\n\n");
        var alternateTitles = new List<GoldAlternateTitle>();
        string? publishedAt = null;
        if (draft.HasRussianHeadline && headlines.Russian is not null)
        {
            text.Append(headlines.Russian).Append("\n\n");
            alternateTitles.Add(new GoldAlternateTitle(headlines.Russian, "ru"));
        }
        else if (dice.Chance(0.05))
        {
            text.Append(headlines.English).Append("\n\n");
            alternateTitles.Add(new GoldAlternateTitle(headlines.English, "en"));
        }
        var withByline = dice.Chance(0.2);
        if (withByline)
        {
            var published = date.ToDateTime(new TimeOnly(dice.Between(8, 19), dice.Next(60), dice.Next(60))).AddDays(dice.Between(0, 2));
            text.Append(published.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(" admin source: share:\n\n\n");
            publishedAt = published.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        }

        var noBreakSpaces = dice.Chance(0.5);
        text.AppendJoin("\n\n", draft.Paragraphs.Select(p => noBreakSpaces ? SiteTypography.NoBreakAfterShortWords(p) : p));
        var dataQuality = new List<string>();
        if (withByline)
        {
            text.Append("\n\nPowered by MetInfo 7.2.0 ©2008-2024");
            dataQuality.Add("Boilerplate: 'admin source: share:' byline and 'Powered by MetInfo 7.2.0 ©2008-2024' footer.");
        }
        else if (dice.Chance(0.15))
        {
            text.Append("\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nCall us");
            dataQuality.Add("Boilerplate: 'Leave a Reply … Call us' comment form at the foot.");
        }
        if (noBreakSpaces) dataQuality.Add("U+00A0 NO-BREAK SPACE after short words; normalise before string matching.");

        return new GeneratedRelease(fileName, text.ToString(), draft.ToGold(fileName, headlines.English, alternateTitles, publishedAt, dataQuality));
    }

    private static Scenario PickScenario(Dice dice, int year)
    {
        var usable = Scenarios.Where(s => year >= s.Since).ToList();
        var roll = dice.Next(usable.Sum(s => s.Weight));
        foreach (var (write, weight, _) in usable)
        {
            if (roll < weight) return write;
            roll -= weight;
        }
        throw new InvalidOperationException("unreachable: the roll is below the total weight");
    }
}
