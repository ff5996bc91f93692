using System.Collections;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Tests;

public sealed class RecordCopyTests
{
    [Fact]
    public void An_entity_copy_has_every_value_and_no_list_or_title_of_the_original()
    {
        var original = new EntityRecord
        {
            Id = "person:norov", Kind = EntityKind.Person, Name = "Vladimir Norov", Aliases = ["Mr Norov"], MentionCount = 3,
            ReleaseCount = 2, Curated = true, Acronyms = ["VN"], ParentId = "p", IsoCode = "UZ", CountryId = "country:uz",
            StartDate = new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc), PlaceId = "place:x", ParticipantIds = ["a"], DocumentIds = ["d"],
            Number = "7", AdoptedAtId = "event:e",
            Titles = [new RoleRecord { Id = 1, PersonId = "person:norov", ReleaseId = "r", Title = "Secretary-General", OrganizationId = "org:sco" }],
        };

        var copy = original.Copy();

        AssertEveryValueAndNoList(original, copy);
        Assert.NotSame(original.Titles[0], copy.Titles[0]);
        Assert.Equal(original.Titles[0].Title, copy.Titles[0].Title);
        Assert.Equal(original.Titles[0].OrganizationId, copy.Titles[0].OrganizationId);
    }

    [Fact]
    public void A_release_copy_has_every_value_and_no_list_or_list_item_of_the_original()
    {
        var original = new ReleaseRecord
        {
            Id = "r-alpha", SourceFile = "alpha.txt", Title = "Alpha summit", PublishedAt = new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc),
            EventDate = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), Paragraphs = ["One.", "Two."], Body = "One.\n\nTwo.", WordCount = 2,
            Checksum = "c", ExtractionVersion = "v", EntityIds = ["person:a"], CreatedAt = DateTime.UnixEpoch, UpdatedAt = DateTime.UnixEpoch.AddDays(1),
            AlternateTitles = [new AlternateTitleRecord { Text = "Альфа", Language = "ru" }],
            Warnings = [new WarningRecord { Code = "ODD", Message = "odd", Paragraph = 1, Text = "x" }],
        };

        var copy = original.Copy();

        AssertEveryValueAndNoList(original, copy);
        Assert.NotSame(original.AlternateTitles[0], copy.AlternateTitles[0]);
        Assert.Equal((original.AlternateTitles[0].Text, original.AlternateTitles[0].Language), (copy.AlternateTitles[0].Text, copy.AlternateTitles[0].Language));
        Assert.NotSame(original.Warnings[0], copy.Warnings[0]);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(original.Warnings), System.Text.Json.JsonSerializer.Serialize(copy.Warnings));
    }

    /// <summary>Every property, including one added later: equal values, and lists that are not the original's.</summary>
    private static void AssertEveryValueAndNoList<T>(T original, T copy)
    {
        foreach (var property in typeof(T).GetProperties())
        {
            var (mine, theirs) = (property.GetValue(original), property.GetValue(copy));
            if (mine is IList list)
            {
                Assert.NotSame(mine, theirs);
                Assert.Equal(list.Count, ((IList)theirs!).Count);
            }
            else
            {
                Assert.Equal(mine, theirs);
            }
        }
    }
}
