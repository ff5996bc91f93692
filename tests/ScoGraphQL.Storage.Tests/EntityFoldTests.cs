using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Ingest;
using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Storage.Tests;

public sealed class EntityFoldTests
{
    private static readonly (EntityRecord Description, bool Referenced, string ReleaseId)[] Facts =
    [
        (new EntityRecord { Id = "person:kalen", Kind = EntityKind.Person, Name = "Arvid Kalen", Aliases = ["Mr Kalen"] }, false, "release-b"),
        (new EntityRecord { Id = "person:kalen", Kind = EntityKind.Person, Name = "A. Kalen", Aliases = ["mr kalen"], CountryId = "country:xa" }, false, "release-a"),
        (new EntityRecord { Id = "person:kalen", Kind = EntityKind.Person, Name = "Kalen", CountryId = "country:xb", ParentId = "org:council" }, true, "release-0"),
        (new EntityRecord { Id = "person:kalen", Kind = EntityKind.Person, Name = "Arvid Kalen", StartDate = new DateTime(2021, 5, 1, 0, 0, 0, DateTimeKind.Utc),
            StartDatePrecision = DatePrecision.Month }, false, "release-c"),
    ];

    [Fact]
    public void Descriptions_folded_in_any_order_give_the_entity_merged_in_release_order()
    {
        var inOrder = Facts.OrderBy(f => f.Referenced).ThenBy(f => f.ReleaseId, StringComparer.Ordinal).Select(f => f.Description).ToList();
        var merged = EntityMerger.Merge("person:kalen", inOrder);
        foreach (var order in new[] { Facts, Facts.Reverse().ToArray(), [Facts[2], Facts[0], Facts[3], Facts[1]] })
        {
            var fold = new EntityFold("person:kalen");
            foreach (var (description, referenced, releaseId) in order) fold.Add(description, referenced, releaseId);

            var folded = fold.ToEntity();

            Assert.Equal("Arvid Kalen", folded.Name); // named so twice
            Assert.Equal(["A. Kalen", "mr kalen", "Kalen"], folded.Aliases); // earliest surface form of "Mr Kalen"
            Assert.Equal("country:xa", folded.CountryId); // a mention's before a reference's
            Assert.Equal("org:council", folded.ParentId); // only the reference states one
            Assert.Equal(new DateTime(2021, 5, 1, 0, 0, 0, DateTimeKind.Utc), folded.StartDate);
            Assert.Equal(DatePrecision.Month, folded.StartDatePrecision);
            Assert.Equal((4, 3), (fold.Count, fold.MentionedCount));
            Assert.Equivalent(merged, folded, strict: true);
        }
    }
}
