using System.Collections;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Tests;

public sealed class EntityRecordCopyTests
{
    [Fact]
    public void A_copy_has_every_value_and_no_list_or_title_of_the_original()
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

        foreach (var property in typeof(EntityRecord).GetProperties())
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
        Assert.NotSame(original.Titles[0], copy.Titles[0]);
        Assert.Equal(original.Titles[0].Title, copy.Titles[0].Title);
        Assert.Equal(original.Titles[0].OrganizationId, copy.Titles[0].OrganizationId);
    }
}
