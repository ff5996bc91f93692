using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Storage.Curation;
using ScoGraphQL.Storage.Querying;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Search;
using ScoGraphQL.Storage.Tests.Infrastructure;
using ScoGraphQL.Storage.Writing;
using static ScoGraphQL.Storage.Tests.Infrastructure.SampleCorpus;

namespace ScoGraphQL.Storage.Tests;

/// <summary>A store and its search, opened empty for one test; disposing closes both.</summary>
public sealed record StoreUnderTest(ICorpusStore Store, ISearchIndex Search, IDisposable Resources);

/// <summary>
/// What every <see cref="ICorpusStore"/> must do, written once and run against each provider by a concrete subclass.
/// Each test starts from an empty store.
/// </summary>
public abstract class CorpusStoreContract : IAsyncLifetime
{
    private StoreUnderTest? _opened;

    protected ICorpusStore Store => _opened!.Store;

    protected ISearchIndex Search => _opened!.Search;

    /// <summary>An empty store of the provider under test.</summary>
    protected abstract Task<StoreUnderTest> OpenEmptyAsync();

    public async Task InitializeAsync() => _opened = await OpenEmptyAsync();

    public Task DisposeAsync()
    {
        _opened?.Resources.Dispose();
        return Task.CompletedTask;
    }

    private async Task SaveSampleAsync() => await Store.SaveReleasesAsync(All());

    private async Task<List<string>> ReleaseIdsAsync(Filter? where = null, IReadOnlyList<SortField>? order = null, IReadOnlyList<string>? mentioning = null) =>
        (await Store.QueryReleasesAsync(new ReleaseQuery(where, order ?? [new SortField(ReleaseQuery.Fields.Slug, false)], mentioning), new PageRequest(First: 100)))
        .Items.Select(r => r.Id).ToList();

    private async Task<List<string>> EntityIdsAsync(EntityQuery query) =>
        (await Store.QueryEntitiesAsync(query, new PageRequest(First: 100))).Items.Select(e => e.Id).ToList();

    private static FieldFilter Where(string field, FilterOperator op, object? value) =>
        new(field, op, value is IReadOnlyList<string> list ? FilterValue.OfList(list) : FilterValue.Of(value));

    private async Task<EntityRecord> EntityAsync(string id) =>
        (await Store.GetEntitiesAsync([id])).GetValueOrDefault(id) ?? throw new Xunit.Sdk.XunitException($"Entity {id} is not stored.");

    [StoreFact]
    public async Task What_a_release_only_refers_to_still_describes_the_entity_after_later_writes()
    {
        // r-ref refers to Moscow (in Russia) without naming it; the releases written later name Moscow without a country.
        await Store.SaveReleasesAsync([Release("r-ref", "The summit", ["The summit was held."], entities: [SummitEntity], references: [MoscowEntity],
            published: new DateTime(2020, 11, 10, 0, 0, 0, DateTimeKind.Utc))]);
        ExtractedEntity BareMoscow() => new(Moscow, EntityKind.Place, "Moscow");
        await Store.AddReleaseAsync(Release("r-names", "Moscow", ["Moscow in autumn."], entities: [BareMoscow()]), exactSlug: true);
        Assert.Equal(Russia, (await EntityAsync(Moscow)).CountryId);

        // Its text changed, its extraction kept: the reference stays found.
        var retitled = (await Store.GetReleasesAsync(["r-ref"]))["r-ref"];
        retitled.Title = "The summit, retitled";
        await Store.UpdateReleaseAsync(retitled, extraction: null);
        await Store.AddReleaseAsync(Release("r-names-2", "Moscow again", ["Moscow in winter."], entities: [BareMoscow()]), exactSlug: true);

        var moscow = await EntityAsync(Moscow);
        Assert.Equal(Russia, moscow.CountryId);
        Assert.Equal(2, moscow.ReleaseCount);
        // Releases that only refer to an entity are not among the releases naming it.
        Assert.Equal(["r-names", "r-names-2"], (await Store.GetReleaseIdsByEntityAsync([Moscow], new PageRequest()))[Moscow].Items.Order(StringComparer.Ordinal));
    }

    [StoreFact]
    public async Task Saved_releases_read_back_as_they_were_written()
    {
        var alpha = AlphaRelease();
        await Store.SaveReleasesAsync([alpha, BetaRelease()]);

        var read = (await Store.GetReleasesAsync([Alpha, Beta, "r-missing"]));
        Assert.Equal([Alpha, Beta], read.Keys.Order());
        var stored = read[Alpha];
        Assert.Equal(alpha.Release.Title, stored.Title);
        Assert.Equal(alpha.Release.Paragraphs, stored.Paragraphs);
        Assert.Equal(alpha.Release.Body, stored.Body);
        Assert.Equal(alpha.Release.PublishedAt, stored.PublishedAt);
        Assert.Equal(DateTimeKind.Utc, stored.PublishedAt!.Value.Kind);
        Assert.Equal("ru", Assert.Single(stored.AlternateTitles).Language);
        Assert.Equal("sample", Assert.Single(stored.Warnings).Code);
        Assert.Equal([Russia, Declaration, Summit, Sco, Norov, Moscow], stored.EntityIds.Order(StringComparer.Ordinal));
        Assert.Equal(Alpha, (await Store.FindReleaseByChecksumAsync(alpha.Release.Checksum))?.Id);
        Assert.Null(await Store.FindReleaseByChecksumAsync("no-such-checksum"));
    }

    [StoreFact]
    public async Task Entities_are_derived_from_every_release_that_mentions_them()
    {
        await SaveSampleAsync();

        var norov = await EntityAsync(Norov);
        Assert.Equal(EntityKind.Person, norov.Kind);
        Assert.Equal("Vladimir Norov", norov.Name); // ties go to the longer name
        Assert.Equal(["Mr Norov"], norov.Aliases);
        Assert.Equal(2, norov.MentionCount);
        Assert.Equal(2, norov.ReleaseCount);
        // Each distinct title once, with the first release (by id) that states it.
        Assert.Equal([("SCO Secretary-General", Alpha), ("Head of the Secretariat", Beta)], norov.Titles.Select(t => (t.Title, t.ReleaseId)));

        var summit = await EntityAsync(Summit);
        Assert.Equal(new DateTime(2020, 11, 10, 0, 0, 0, DateTimeKind.Utc), summit.StartDate);
        Assert.Equal([Norov, Russia], summit.ParticipantIds);
        Assert.Equal(EventFormat.Online, summit.Format);
        Assert.Equal(2, (await EntityAsync(Russia)).ReleaseCount);
    }

    [StoreFact]
    public async Task Saving_a_release_again_replaces_what_its_earlier_version_contributed()
    {
        await SaveSampleAsync();
        var gamma = Release(Gamma, "gamma report on trade", ["Moscow hosted a meeting."], entities: [MoscowEntity]);
        await Store.SaveReleasesAsync([gamma]);

        Assert.Equal("Moscow hosted a meeting.", (await Store.GetReleasesAsync([Gamma]))[Gamma].Body);
        Assert.Equal(1, (await EntityAsync(Russia)).ReleaseCount);
        Assert.Equal(2, (await EntityAsync(Moscow)).MentionCount);
        Assert.Equal([Gamma, Alpha], (await Store.GetMentionsByEntityAsync([Moscow]))[Moscow].Select(m => m.ReleaseId).Distinct().Reverse());
    }

    [StoreFact]
    public async Task Release_filters_translate_every_operator()
    {
        await SaveSampleAsync();
        var cases = new (string Name, Filter Filter, string[] Expected)[]
        {
            ("eq is case-sensitive", Where(ReleaseQuery.Fields.Title, FilterOperator.Eq, "Beta consultations"), [Beta]),
            ("eq other case", Where(ReleaseQuery.Fields.Title, FilterOperator.Eq, "beta consultations"), []),
            ("neq", Where(ReleaseQuery.Fields.Title, FilterOperator.Neq, "Beta consultations"), [Alpha, Gamma]),
            ("contains ignores case", Where(ReleaseQuery.Fields.Title, FilterOperator.Contains, "SUMMIT"), [Alpha]),
            ("notContains", Where(ReleaseQuery.Fields.Title, FilterOperator.NotContains, "summit"), [Beta, Gamma]),
            ("startsWith ignores case", Where(ReleaseQuery.Fields.Title, FilterOperator.StartsWith, "GAM"), [Gamma]),
            ("body contains", Where(ReleaseQuery.Fields.Body, FilterOperator.Contains, "corridors"), [Gamma]),
            ("in", Where(ReleaseQuery.Fields.Slug, FilterOperator.In, new[] { Alpha, Gamma, "r-missing" }), [Alpha, Gamma]),
            ("notIn", Where(ReleaseQuery.Fields.Slug, FilterOperator.NotIn, new[] { Alpha }), [Beta, Gamma]),
            ("eq null", Where(ReleaseQuery.Fields.PublishedAt, FilterOperator.Eq, null), [Gamma]),
            ("neq null", Where(ReleaseQuery.Fields.PublishedAt, FilterOperator.Neq, null), [Alpha, Beta]),
            ("gte date", Where(ReleaseQuery.Fields.PublishedAt, FilterOperator.Gte, new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc)), [Beta]),
            // A missing value counts as lowest, in filters as in sorting: below any date, so lt/lte include it, gt/gte never.
            ("lte date", Where(ReleaseQuery.Fields.EventDate, FilterOperator.Lte, new DateTime(2021, 2, 1, 0, 0, 0, DateTimeKind.Utc)), [Alpha, Beta, Gamma]),
            ("lt date", Where(ReleaseQuery.Fields.PublishedAt, FilterOperator.Lt, new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc)), [Alpha, Gamma]),
            ("gt date", Where(ReleaseQuery.Fields.EventDate, FilterOperator.Gt, new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc)), [Gamma]),
            ("gt int", Where(ReleaseQuery.Fields.WordCount, FilterOperator.Gt, 14), [Alpha]),
            ("lt int", Where(ReleaseQuery.Fields.WordCount, FilterOperator.Lt, 14), [Gamma]),
            ("or", new OrFilter([Where(ReleaseQuery.Fields.Title, FilterOperator.StartsWith, "beta"), Where(ReleaseQuery.Fields.Slug, FilterOperator.Eq, Gamma)]), [Beta, Gamma]),
            ("and", new AndFilter([Where(ReleaseQuery.Fields.Body, FilterOperator.Contains, "sco"), Where(ReleaseQuery.Fields.WordCount, FilterOperator.Gte, 14)]), [Alpha, Beta]),
            ("empty or matches nothing", new OrFilter([]), []),
            ("empty and matches everything", new AndFilter([]), [Alpha, Beta, Gamma]),
            ("empty or inside and", new AndFilter([Where(ReleaseQuery.Fields.WordCount, FilterOperator.Gt, 0), new OrFilter([])]), []),
            ("a value that looks like SQL is only a value", Where(ReleaseQuery.Fields.Title, FilterOperator.Eq, "x'; DROP TABLE releases; --"), []),
        };
        foreach (var (name, filter, expected) in cases)
            Assert.True(expected.SequenceEqual(await ReleaseIdsAsync(filter)), $"{name}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", await ReleaseIdsAsync(filter))}]");

        Assert.Equal([Alpha, Beta], await ReleaseIdsAsync(mentioning: [Norov]));
        Assert.Equal([Alpha], await ReleaseIdsAsync(mentioning: [Norov, Moscow]));
        await Assert.ThrowsAsync<ArgumentException>(() => ReleaseIdsAsync(Where("noSuchField", FilterOperator.Eq, "x")));
    }

    [StoreFact]
    public async Task Entity_filters_match_the_name_or_any_alias()
    {
        await SaveSampleAsync();
        Assert.Equal([Norov], await EntityIdsAsync(new EntityQuery(Where: Where(EntityQuery.Fields.AnyName, FilterOperator.Eq, "Mr Norov"))));
        Assert.Equal([], await EntityIdsAsync(new EntityQuery(Where: Where(EntityQuery.Fields.Name, FilterOperator.Eq, "Mr Norov"))));
        Assert.Equal([Secretariat, Sco], await EntityIdsAsync(new EntityQuery(Where: Where(EntityQuery.Fields.AnyName, FilterOperator.StartsWith, "sco"))));
        Assert.Equal([Sco, Norov], await EntityIdsAsync(new EntityQuery(Where: Where(EntityQuery.Fields.AnyName, FilterOperator.In, new[] { "SCO", "Mr Norov" }))));
        // A negative operator must hold for the name and every alias.
        Assert.DoesNotContain(Sco, await EntityIdsAsync(new EntityQuery(Where: Where(EntityQuery.Fields.AnyName, FilterOperator.Neq, "SCO"))));
        Assert.DoesNotContain(Sco, await EntityIdsAsync(new EntityQuery(Where: Where(EntityQuery.Fields.AnyName, FilterOperator.NotContains, "sco"))));
        Assert.Equal([Norov], await EntityIdsAsync(new EntityQuery([EntityKind.Person])));
        Assert.Equal([Summit], await EntityIdsAsync(new EntityQuery(Where: Where(EntityQuery.Fields.StartDate, FilterOperator.Gte, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)))));
        Assert.Equal([Russia, Sco, Norov], await EntityIdsAsync(new EntityQuery(Where: Where(EntityQuery.Fields.MentionCount, FilterOperator.Gte, 2),
            Order: [new SortField(EntityQuery.Fields.MentionCount, true), new SortField(EntityQuery.Fields.Name, false)])));
        // Default order: by name.
        Assert.Equal(["Moscow", "Moscow Declaration", "Moscow Summit", "Russia", "SCO Secretariat", "Shanghai Cooperation Organisation", "Vladimir Norov"],
            (await Store.QueryEntitiesAsync(new EntityQuery(), new PageRequest(First: 100))).Items.Select(e => e.Name));
    }

    [StoreFact]
    public async Task Releases_are_ordered_by_one_or_several_fields_with_missing_values_lowest()
    {
        await SaveSampleAsync();
        Assert.Equal([Gamma, Alpha, Beta], await ReleaseIdsAsync(order: [new SortField(ReleaseQuery.Fields.PublishedAt, false)]));
        Assert.Equal([Beta, Alpha, Gamma], await ReleaseIdsAsync(order: [new SortField(ReleaseQuery.Fields.PublishedAt, true)]));
        Assert.Equal([Alpha, Beta, Gamma], await ReleaseIdsAsync(order: [new SortField(ReleaseQuery.Fields.Title, false)]));
        Assert.Equal([Alpha, Beta, Gamma], await ReleaseIdsAsync(order: [new SortField(ReleaseQuery.Fields.WordCount, true)]));
        var twin = Release("r-delta", "Beta consultations", ["Another text of the same title."], entities: [], published: new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        await Store.SaveReleasesAsync([twin]);
        Assert.Equal([Alpha, Beta, "r-delta", Gamma],
            await ReleaseIdsAsync(order: [new SortField(ReleaseQuery.Fields.Title, false), new SortField(ReleaseQuery.Fields.PublishedAt, true)]));
        Assert.Equal([Alpha, "r-delta", Beta, Gamma],
            await ReleaseIdsAsync(order: [new SortField(ReleaseQuery.Fields.Title, false), new SortField(ReleaseQuery.Fields.PublishedAt, false)]));
    }

    [StoreFact]
    public async Task Pages_follow_relay_cursors_forwards_and_backwards()
    {
        await SaveSampleAsync();
        var order = new ReleaseQuery(Order: [new SortField(ReleaseQuery.Fields.Slug, false)]);

        var first = await Store.QueryReleasesAsync(order, new PageRequest(First: 2));
        Assert.Equal([Alpha, Beta], first.Items.Select(r => r.Id));
        Assert.Equal((0, 3, true, false), (first.Offset, first.TotalCount, first.HasNextPage, first.HasPreviousPage));

        var next = await Store.QueryReleasesAsync(order, new PageRequest(First: 2, After: 1));
        Assert.Equal([Gamma], next.Items.Select(r => r.Id));
        Assert.Equal((2, false, true), (next.Offset, next.HasNextPage, next.HasPreviousPage));

        var last = await Store.QueryReleasesAsync(order, new PageRequest(Last: 2));
        Assert.Equal([Beta, Gamma], last.Items.Select(r => r.Id));
        Assert.Equal(1, last.Offset);

        var before = await Store.QueryReleasesAsync(order, new PageRequest(Last: 1, Before: 2));
        Assert.Equal([Beta], before.Items.Select(r => r.Id));

        var beyond = await Store.QueryReleasesAsync(order, new PageRequest(First: 5, After: 10));
        Assert.Empty(beyond.Items);
        Assert.Equal(3, beyond.TotalCount);

        var filtered = await Store.QueryReleasesAsync(new ReleaseQuery(Where("title", FilterOperator.Contains, "a"), order.Order), new PageRequest(First: 1, After: 0));
        Assert.Equal((3, 1), (filtered.TotalCount, filtered.Offset));
    }

    [StoreFact]
    public async Task A_page_fills_in_every_scalar_and_the_parts_asked_for_as_stored()
    {
        await SaveSampleAsync();
        var whole = await Store.GetReleasesAsync([Alpha, Beta, Gamma]);
        IReadOnlyList<SortField>[] orders =
        [
            [new SortField(ReleaseQuery.Fields.Slug, false)],
            [new SortField(ReleaseQuery.Fields.Title, false), new SortField(ReleaseQuery.Fields.PublishedAt, true)], // ordered in memory, then loaded
        ];
        ReleaseParts[] partsAskedFor =
        [
            ReleaseParts.None, ReleaseParts.Body | ReleaseParts.EntityIds, ReleaseParts.Paragraphs | ReleaseParts.AlternateTitles | ReleaseParts.Warnings,
            ReleaseParts.EntityIds | ReleaseParts.AlternateTitles | ReleaseParts.Warnings,
        ];
        // Twice: LiteDB answers the second list pages of a commit from the records the first one read.
        foreach (var order in orders.Concat(orders))
        {
            foreach (var parts in partsAskedFor)
            {
                var page = await Store.QueryReleasesAsync(new ReleaseQuery(Order: order) { Parts = parts }, new PageRequest(First: 10));
                Assert.Equal(whole.Count, page.Items.Count);
                foreach (var read in page.Items)
                {
                    var stored = whole[read.Id];
                    Assert.Equal(
                        (stored.Title, stored.SourceFile, stored.PublishedAt, stored.EventDate, stored.WordCount, stored.Checksum, stored.ExtractionVersion, stored.CreatedAt, stored.UpdatedAt),
                        (read.Title, read.SourceFile, read.PublishedAt, read.EventDate, read.WordCount, read.Checksum, read.ExtractionVersion, read.CreatedAt, read.UpdatedAt));
                    if (parts.HasFlag(ReleaseParts.Body)) Assert.Equal(stored.Body, read.Body);
                    if (parts.HasFlag(ReleaseParts.Paragraphs)) Assert.Equal(stored.Paragraphs, read.Paragraphs);
                    if (parts.HasFlag(ReleaseParts.EntityIds)) Assert.Equal(stored.EntityIds, read.EntityIds);
                    if (parts.HasFlag(ReleaseParts.AlternateTitles)) Assert.Equal(Json(stored.AlternateTitles), Json(read.AlternateTitles));
                    if (parts.HasFlag(ReleaseParts.Warnings)) Assert.Equal(Json(stored.Warnings), Json(read.Warnings));
                }
            }
        }

        static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
    }

    [StoreFact]
    public async Task List_pages_see_every_commit_and_never_a_change_a_reader_made_to_its_copy()
    {
        await SaveSampleAsync();
        IReadOnlyList<SortField> bySlug = [new SortField(ReleaseQuery.Fields.Slug, false)];
        var titlesOnly = new ReleaseQuery(Order: bySlug) { Parts = ReleaseParts.None };
        var withEntities = new ReleaseQuery(Order: bySlug) { Parts = ReleaseParts.EntityIds };
        var first = await Store.QueryReleasesAsync(titlesOnly, new PageRequest(First: 10));
        Assert.Equal([Alpha, Beta, Gamma], first.Items.Select(r => r.Id));
        first.Items[2].Title = "changed by a reader";
        Assert.Equal([Russia], (await Store.QueryReleasesAsync(withEntities, new PageRequest(First: 10))).Items[2].EntityIds);
        (await Store.QueryReleasesAsync(withEntities, new PageRequest(First: 10))).Items[2].EntityIds.Clear();

        var again = await Store.QueryReleasesAsync(withEntities, new PageRequest(First: 10));
        Assert.Equal(GammaRelease().Release.Title, again.Items[2].Title);
        Assert.Equal([Russia], again.Items[2].EntityIds);
        // The page of ids and of records agree: a title-only page read first leaves no entity-less record behind.
        Assert.All(again.Items, release => Assert.NotEmpty(release.EntityIds));
        // Another filter or window in the same commit is another page.
        var summits = new ReleaseQuery(Where("title", FilterOperator.Contains, "summit"), bySlug) { Parts = ReleaseParts.None };
        Assert.Equal([Alpha], (await Store.QueryReleasesAsync(summits, new PageRequest(First: 10))).Items.Select(r => r.Id));
        Assert.Equal([Beta], (await Store.QueryReleasesAsync(titlesOnly, new PageRequest(First: 1, After: 0))).Items.Select(r => r.Id));
        Assert.Equal([Gamma], (await Store.QueryReleasesAsync(titlesOnly, new PageRequest(Last: 1))).Items.Select(r => r.Id));

        var retitled = GammaRelease().Release;
        retitled.Title = "Gamma report, corrected";
        await Store.UpdateReleaseAsync(retitled, extraction: null);
        Assert.Equal("Gamma report, corrected", (await Store.QueryReleasesAsync(titlesOnly, new PageRequest(First: 10))).Items[2].Title);
        Assert.True(await Store.DeleteReleaseAsync(Alpha));
        var afterDelete = await Store.QueryReleasesAsync(withEntities, new PageRequest(First: 10));
        Assert.Equal([Beta, Gamma], afterDelete.Items.Select(r => r.Id));
        Assert.Equal(2, afterDelete.TotalCount);
    }

    [StoreFact]
    public async Task Pages_to_read_are_the_pages_and_see_every_commit()
    {
        await SaveSampleAsync();
        IReadOnlyList<SortField> bySlug = [new SortField(ReleaseQuery.Fields.Slug, false)];
        var copies = new ReleaseQuery(Order: bySlug) { Parts = ReleaseParts.EntityIds };
        var toRead = copies with { ToRead = true };
        static object Shape(Page<ReleaseRecord> page) =>
            (page.TotalCount, string.Join("|", page.Items.Select(r => $"{r.Id} {r.Title} {r.EventDate} {string.Join(",", r.EntityIds)}")));

        // Twice each: the second read of a page comes from what the store remembers for the commit.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(Shape(await Store.QueryReleasesAsync(copies, new PageRequest(First: 10))), Shape(await Store.QueryReleasesAsync(toRead, new PageRequest(First: 10))));
            Assert.Equal(Shape(await Store.QueryReleasesAsync(copies, new PageRequest(First: 1, After: 0))), Shape(await Store.QueryReleasesAsync(toRead, new PageRequest(First: 1, After: 0))));
        }

        var retitled = GammaRelease().Release;
        retitled.Title = "Gamma report, corrected";
        await Store.UpdateReleaseAsync(retitled, extraction: null);
        Assert.Equal("Gamma report, corrected", (await Store.QueryReleasesAsync(toRead, new PageRequest(First: 10))).Items[2].Title);
    }

    [StoreFact]
    public async Task Batch_reads_answer_many_keys_at_once()
    {
        await SaveSampleAsync();

        var byRelease = await Store.GetMentionsByReleaseAsync([Alpha, Gamma, "r-missing"]);
        Assert.Equal(6, byRelease[Alpha].Count());
        Assert.Equal(byRelease[Alpha].OrderBy(m => m.Paragraph).ThenBy(m => m.Start).Select(m => (m.Paragraph, m.Start)), byRelease[Alpha].Select(m => (m.Paragraph, m.Start)));
        var mention = Assert.Single(byRelease[Gamma]);
        Assert.Equal((Russia, 0, 0, 6, "Russia"), (mention.EntityId, mention.Paragraph, mention.Start, mention.End, mention.Text));
        Assert.Empty(byRelease["r-missing"]);

        Assert.Equal([Alpha, Beta], (await Store.GetMentionsByEntityAsync([Norov]))[Norov].Select(m => m.ReleaseId));

        // A person's distinct titles are kept on the person when it is recomputed.
        var people = await Store.GetEntitiesAsync([Norov, Sco]);
        Assert.Equal(["SCO Secretary-General", "Head of the Secretariat"], people[Norov].Titles.Select(r => r.Title));
        Assert.Equal(Sco, people[Norov].Titles.First().OrganizationId);
        Assert.Empty(people[Sco].Titles);

        Assert.Equal([Secretariat], (await Store.GetChildrenAsync([Sco, Russia]))[Sco].Select(e => e.Id));
        var events = await Store.GetEventsByParticipantAsync([Norov, Russia, Sco]);
        Assert.Equal([Summit], events[Norov].Select(e => e.Id));
        Assert.Equal([Summit], events[Russia].Select(e => e.Id));
        Assert.Empty(events[Sco]);

        var releaseIds = await Store.GetReleaseIdsByEntityAsync([Norov, Russia], new PageRequest());
        Assert.Equal([Alpha, Beta], releaseIds[Norov].Items.Order(StringComparer.Ordinal));
        Assert.Equal([Alpha, Gamma], releaseIds[Russia].Items.Order(StringComparer.Ordinal));

        var related = (await Store.GetCoMentionsAsync([Norov]))[Norov].ToList();
        Assert.Equal(new CoMention(Sco, 2), related[0]);
        Assert.Equal([Russia, Declaration, Summit, Secretariat, Moscow], related.Skip(1).Select(c => c.EntityId));
        Assert.All(related.Skip(1), c => Assert.Equal(1, c.SharedReleases));
        Assert.DoesNotContain(related, c => c.EntityId == Norov);
    }

    [StoreFact]
    public async Task An_entitys_releases_come_a_page_at_a_time_with_the_total_of_all()
    {
        await SaveSampleAsync();
        var all = (await Store.GetReleaseIdsByEntityAsync([Norov], new PageRequest()))[Norov];

        var second = await Store.GetReleaseIdsByEntityAsync([Norov, Russia, "e-missing"], new PageRequest(First: 1, After: 0));

        Assert.Equal([all.Items[1]], second[Norov].Items);
        Assert.Equal((1, 2), (second[Norov].Offset, second[Norov].TotalCount));
        Assert.Equal(2, second[Russia].TotalCount);
        Assert.Single(second[Russia].Items);
        Assert.Equal((0, 0), (second["e-missing"].Items.Count, second["e-missing"].TotalCount));
        var beyond = (await Store.GetReleaseIdsByEntityAsync([Norov], new PageRequest(First: 5, After: 1)))[Norov];
        Assert.Equal((0, 2), (beyond.Items.Count, beyond.TotalCount));
    }

    [StoreFact]
    public async Task An_entitys_releases_come_newest_first_whatever_order_they_were_stored_in()
    {
        static DateTime On(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
        // Ids and storing order disagree with the dates on purpose; r-3 has only an event date, r-4 no date at all,
        // r-2 and r-5 share one: newest by publication (else event) date, undated last, ties by id.
        await Store.SaveReleasesAsync([
            Release("r-1", "One", ["Russia, 2022."], entities: [RussiaEntity], published: On(2022, 3, 1)),
            Release("r-4", "Four", ["Russia, undated."], entities: [RussiaEntity]),
            Release("r-5", "Five", ["Russia, 2024 again."], entities: [RussiaEntity], published: On(2024, 6, 5)),
            Release("r-2", "Two", ["Russia, 2024."], entities: [RussiaEntity], published: On(2024, 6, 5)),
            Release("r-3", "Three", ["Russia, 2023."], entities: [RussiaEntity], eventDate: On(2023, 1, 9)),
        ]);
        string[] newestFirst = ["r-2", "r-5", "r-3", "r-1", "r-4"];

        var all = (await Store.GetReleaseIdsByEntityAsync([Russia], new PageRequest()))[Russia];
        var middle = (await Store.GetReleaseIdsByEntityAsync([Russia], new PageRequest(First: 2, After: 1)))[Russia];
        var last = (await Store.GetReleaseIdsByEntityAsync([Russia], new PageRequest(Last: 2)))[Russia];

        Assert.Equal(newestFirst, all.Items);
        Assert.Equal(newestFirst[2..4], middle.Items);
        Assert.Equal((2, 5), (middle.Offset, middle.TotalCount));
        Assert.Equal(newestFirst[3..], last.Items);

        // A newer release stored later goes to the top of the next read.
        await Store.SaveReleasesAsync([Release("r-0", "Zero", ["Russia, 2025."], entities: [RussiaEntity], published: On(2025, 1, 2))]);
        var after = (await Store.GetReleaseIdsByEntityAsync([Russia], new PageRequest(First: 2)))[Russia];
        Assert.Equal(["r-0", "r-2"], after.Items);
        Assert.Equal(6, after.TotalCount);
    }

    [StoreFact]
    public async Task An_entitys_newest_first_order_follows_every_kind_of_release_write()
    {
        static DateTime On(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
        // The whole list and its total, as "ids of total".
        async Task<string> NewestFirstAsync(string entityId)
        {
            var page = (await Store.GetReleaseIdsByEntityAsync([entityId], new PageRequest()))[entityId];
            return $"{string.Join(",", page.Items)} of {page.TotalCount}";
        }
        await Store.SaveReleasesAsync([
            Release("r-1", "One", ["Russia, 2022."], entities: [RussiaEntity], published: On(2022, 3, 1)),
            Release("r-2", "Two", ["Russia, 2023."], entities: [RussiaEntity], eventDate: On(2023, 1, 9)),
            Release("r-3", "Three", ["Russia and the SCO Secretariat, 2021."], entities: [RussiaEntity, SecretariatEntity], published: On(2021, 5, 5)),
        ]);
        Assert.Equal("r-2,r-1,r-3 of 3", await NewestFirstAsync(Russia));

        // Inserted: a newer release goes first.
        await Store.AddReleaseAsync(Release("r-0", "Zero", ["Russia, 2024."], entities: [RussiaEntity], published: On(2024, 1, 2)), exactSlug: true);
        Assert.Equal("r-0,r-2,r-1,r-3 of 4", await NewestFirstAsync(Russia));

        // A date changed with the text kept: the release moves.
        var redated = (await Store.GetReleasesAsync(["r-3"]))["r-3"];
        redated.PublishedAt = On(2025, 7, 7);
        await Store.UpdateReleaseAsync(redated, extraction: null);
        Assert.Equal("r-3,r-0,r-2,r-1 of 4", await NewestFirstAsync(Russia));

        // The publication date removed, and none other: it goes last.
        var undated = (await Store.GetReleasesAsync(["r-0"]))["r-0"];
        undated.PublishedAt = null;
        await Store.UpdateReleaseAsync(undated, extraction: null);
        Assert.Equal("r-3,r-2,r-1,r-0 of 4", await NewestFirstAsync(Russia));

        // The text rewritten so it no longer names Russia: it leaves Russia's list and joins the Secretariat's.
        var rewritten = Release("r-1", "One", ["The SCO Secretariat, 2022."], entities: [SecretariatEntity], published: On(2022, 3, 1));
        await Store.UpdateReleaseAsync(rewritten.Release, rewritten.Extraction);
        Assert.Equal("r-3,r-2,r-0 of 3", await NewestFirstAsync(Russia));
        Assert.Equal("r-3,r-1 of 2", await NewestFirstAsync(Secretariat));

        // Merged: the source's releases are the target's.
        await Store.SaveReleasesAsync([Release("r-4", "Four", ["The SCO, 2020."], entities: [ScoEntity], published: On(2020, 1, 1))]);
        await Store.MergeEntitiesAsync(Sco, [Secretariat]);
        Assert.Equal("r-3,r-1,r-4 of 3", await NewestFirstAsync(Sco));
        Assert.Equal(" of 0", await NewestFirstAsync(Secretariat));

        // Deleted: gone from every list.
        Assert.True(await Store.DeleteReleaseAsync("r-3"));
        Assert.Equal("r-2,r-0 of 2", await NewestFirstAsync(Russia));
        Assert.Equal("r-1,r-4 of 2", await NewestFirstAsync(Sco));
    }

    [StoreFact]
    public async Task Statistics_count_releases_entities_and_months()
    {
        await SaveSampleAsync();
        var statistics = await Store.GetStatisticsAsync();
        Assert.Equal(3, statistics.ReleaseCount);
        Assert.Equal(7, statistics.EntityCount);
        Assert.Equal(Enum.GetValues<EntityKind>().Length, statistics.EntitiesByKind.Count);
        Assert.Contains((EntityKind.Organization, 2), statistics.EntitiesByKind);
        Assert.Contains((EntityKind.Topic, 0), statistics.EntitiesByKind);
        // Published month, else the event's month.
        Assert.Equal([("2020-11", 1), ("2021-02", 1), ("2021-05", 1)], statistics.ReleasesByMonth);
    }

    [StoreFact]
    public async Task Adding_refuses_a_duplicate_text_and_a_taken_slug_and_makes_derived_slugs_unique()
    {
        await SaveSampleAsync();
        var duplicate = await Assert.ThrowsAsync<DuplicateReleaseException>(() => Store.AddReleaseAsync(Release("r-copy", "Beta consultations",
            BetaRelease().Release.Paragraphs, entities: []), exactSlug: false));
        Assert.Equal(Beta, duplicate.Existing.Id);

        var taken = Release(Alpha, "Another alpha", ["A different text."], entities: [RussiaEntity]);
        Assert.Equal(Alpha, (await Assert.ThrowsAsync<SlugTakenException>(() => Store.AddReleaseAsync(taken, exactSlug: true))).Slug);

        var added = await Store.AddReleaseAsync(taken, exactSlug: false);
        Assert.Equal($"{Alpha}-{taken.Release.Checksum[..8]}", added.Id);
        Assert.Equal("Another alpha", (await Store.GetReleasesAsync([added.Id]))[added.Id].Title);
        Assert.Equal(3, (await EntityAsync(Russia)).ReleaseCount);
        Assert.Equal("Alpha summit held in Moscow", (await Store.GetReleasesAsync([Alpha]))[Alpha].Title);
    }

    [StoreFact]
    public async Task Updating_keeps_or_rebuilds_the_extraction_and_refuses_unknown_ids_and_duplicates()
    {
        await SaveSampleAsync();
        var created = (await Store.GetReleasesAsync([Gamma]))[Gamma].CreatedAt;

        var retitled = GammaRelease().Release;
        retitled.Title = "Gamma report, corrected";
        retitled.CreatedAt = DateTime.UtcNow;
        var stored = await Store.UpdateReleaseAsync(retitled, extraction: null);
        Assert.Equal(created, stored.CreatedAt);
        Assert.Equal([Russia], (await Store.GetReleasesAsync([Gamma]))[Gamma].EntityIds);
        Assert.Equal("Gamma report, corrected", (await Store.GetReleasesAsync([Gamma]))[Gamma].Title);

        var rewritten = Release(Gamma, "Gamma report, corrected", ["The SCO Secretariat reported on trade."], entities: [SecretariatEntity]);
        await Store.UpdateReleaseAsync(rewritten.Release, rewritten.Extraction);
        Assert.Equal(1, (await EntityAsync(Russia)).ReleaseCount);
        Assert.Equal(2, (await EntityAsync(Secretariat)).MentionCount);

        await Assert.ThrowsAsync<ReleaseNotFoundException>(() => Store.UpdateReleaseAsync(Release("r-missing", "x", ["y"], entities: []).Release, null));
        var copy = BetaRelease().Release;
        copy.Id = Gamma;
        Assert.Equal(Beta, (await Assert.ThrowsAsync<DuplicateReleaseException>(() => Store.UpdateReleaseAsync(copy, null))).Existing.Id);
    }

    [StoreFact]
    public async Task Reads_by_id_see_every_commit_and_never_a_change_a_reader_made_to_its_copy()
    {
        await SaveSampleAsync();
        var norov = (await Store.GetEntitiesAsync([Norov]))[Norov];
        var name = norov.Name;
        norov.Name = "changed by a reader";
        norov.Titles.Clear();
        (await Store.GetReleasesAsync([Alpha]))[Alpha].Title = "changed by a reader";

        var again = (await Store.GetEntitiesAsync([Norov]))[Norov];
        Assert.Equal(name, again.Name);
        Assert.NotEmpty(again.Titles);
        Assert.Equal("Alpha summit held in Moscow", (await Store.GetReleasesAsync([Alpha]))[Alpha].Title);

        await Store.CurateEntityAsync(Norov, new EntityCuration("Vladimir I. Norov", null));
        Assert.Equal("Vladimir I. Norov", (await Store.GetEntitiesAsync([Norov]))[Norov].Name);
        Assert.True(await Store.DeleteReleaseAsync(Alpha));
        Assert.Empty(await Store.GetReleasesAsync([Alpha]));
    }

    [StoreFact]
    public async Task Entities_to_read_are_the_entities_and_see_every_commit()
    {
        await SaveSampleAsync();
        var copies = await Store.GetEntitiesAsync([Norov, Sco, "person:nobody"]);
        var read = await Store.GetEntitiesToReadAsync([Norov, Sco, "person:nobody"]);
        Assert.Equal(copies.Keys.Order(), read.Keys.Order());
        Assert.Equal(copies[Norov].Titles.Select(t => (t.Title, t.OrganizationId, t.ReleaseId)), read[Norov].Titles.Select(t => (t.Title, t.OrganizationId, t.ReleaseId)));
        Assert.Equal((copies[Sco].Name, copies[Sco].MentionCount), (read[Sco].Name, read[Sco].MentionCount));
        Assert.Equal(copies[Sco].Acronyms, read[Sco].Acronyms);

        await Store.CurateEntityAsync(Norov, new EntityCuration("Vladimir I. Norov", null));
        Assert.Equal("Vladimir I. Norov", (await Store.GetEntitiesToReadAsync([Norov]))[Norov].Name);
    }

    [StoreFact]
    public async Task Deleting_removes_the_release_and_entities_no_other_release_supports()
    {
        await SaveSampleAsync();
        Assert.True(await Store.DeleteReleaseAsync(Beta));
        Assert.False(await Store.DeleteReleaseAsync(Beta));

        Assert.Empty(await Store.GetReleasesAsync([Beta]));
        Assert.Empty((await Store.GetEntitiesAsync([Secretariat])));
        Assert.Empty((await Store.GetMentionsByReleaseAsync([Beta]))[Beta]);
        var norov = await EntityAsync(Norov);
        Assert.Equal((1, 1), (norov.MentionCount, norov.ReleaseCount));
        Assert.Equal(["SCO Secretary-General"], norov.Titles.Select(t => t.Title));
        Assert.Empty(norov.Aliases);
    }

    [StoreFact]
    public async Task Curation_renames_an_entity_and_survives_re_extraction()
    {
        await SaveSampleAsync();
        var curated = await Store.CurateEntityAsync(Norov, new EntityCuration("Vladimir Imamovich Norov", null));
        Assert.Equal("Vladimir Imamovich Norov", curated.Name);
        Assert.Contains("Vladimir Norov", curated.Aliases);
        Assert.True(curated.Curated);

        await Store.SaveReleasesAsync([AlphaRelease()]);
        Assert.Equal("Vladimir Imamovich Norov", (await EntityAsync(Norov)).Name);

        var aliased = await Store.CurateEntityAsync(Norov, new EntityCuration(null, ["V. Norov"]));
        Assert.Equal(["V. Norov"], aliased.Aliases);
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Store.CurateEntityAsync("person:nobody", new EntityCuration("X", null)));
    }

    [StoreFact]
    public async Task Merging_moves_mentions_to_the_target_and_cannot_be_undone_by_re_seeding()
    {
        await SaveSampleAsync();
        var target = await Store.MergeEntitiesAsync(Sco, [Secretariat]);
        Assert.Equal("Shanghai Cooperation Organisation", target.Name);
        Assert.Equal(3, target.MentionCount);
        Assert.Empty(await Store.GetEntitiesAsync([Secretariat]));
        Assert.Equal([Sco], (await Store.GetMentionsByReleaseAsync([Beta]))[Beta].Where(m => m.Text.Contains("SCO")).Select(m => m.EntityId).Distinct());
        Assert.Contains(Sco, (await Store.GetReleasesAsync([Beta]))[Beta].EntityIds);
        Assert.DoesNotContain(Secretariat, (await Store.GetReleasesAsync([Beta]))[Beta].EntityIds);

        await Store.SaveReleasesAsync([BetaRelease()]);
        Assert.Empty(await Store.GetEntitiesAsync([Secretariat]));
        Assert.Equal(3, (await EntityAsync(Sco)).MentionCount);

        await Assert.ThrowsAsync<EntityNotFoundException>(() => Store.MergeEntitiesAsync(Sco, ["organization:nobody"]));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.MergeEntitiesAsync(Sco, [Russia]));
    }

    [StoreFact]
    public async Task A_write_that_fails_half_way_leaves_nothing_behind()
    {
        await Store.SaveReleasesAsync([GammaRelease()]);
        var before = await Store.GetStatisticsAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.SaveReleasesAsync([AlphaRelease(), Exploding()]));

        Assert.Empty(await Store.GetReleasesAsync([Alpha]));
        Assert.Empty(await Store.GetEntitiesAsync([Norov, Sco]));
        Assert.Empty((await Store.GetMentionsByReleaseAsync([Alpha]))[Alpha]);
        var after = await Store.GetStatisticsAsync();
        Assert.Equal((before.ReleaseCount, before.EntityCount), (after.ReleaseCount, after.EntityCount));
        Assert.Equal(1, (await EntityAsync(Russia)).ReleaseCount);
        // The store still works after the rollback.
        await Store.SaveReleasesAsync([AlphaRelease()]);
        Assert.Equal(2, (await EntityAsync(Russia)).ReleaseCount);
    }

    [StoreFact]
    public async Task Entities_recomputed_at_the_end_of_a_bulk_load()
    {
        using (Store.BeginBulkLoad())
        {
            await Store.SaveReleasesAsync([AlphaRelease()]);
            await Store.SaveReleasesAsync([BetaRelease(), GammaRelease()]);
        }
        var norov = await EntityAsync(Norov);
        Assert.Equal((2, 2), (norov.MentionCount, norov.ReleaseCount));
        Assert.Equal(2, (await EntityAsync(Russia)).ReleaseCount);
        // Co-mentions kept at the end of the load are those of every release, as when each save recomputes.
        var related = (await Store.GetCoMentionsAsync([Norov]))[Norov].ToList();
        Assert.Equal(new CoMention(Sco, 2), related[0]);
        Assert.Equal([Russia, Declaration, Summit, Secretariat, Moscow], related.Skip(1).Select(c => c.EntityId));
    }

    [StoreFact]
    public async Task Search_ranks_title_matches_first_and_marks_the_words_in_a_safe_snippet()
    {
        await SaveSampleAsync();
        await Store.SaveReleasesAsync([Release("r-html", "Markup", ["Trade <b>&</b> the trade route of the SCO."], entities: [])]);
        await SyncSearchAsync();

        var trade = await Search.SearchAsync("trade", 0, 10);
        Assert.Equal(2, trade.TotalCount);
        Assert.Equal(Gamma, trade.Hits[0].ReleaseId); // "trade" in its title as well as its body
        Assert.True(trade.Hits[0].Score > trade.Hits[1].Score);
        Assert.Contains("<mark>trade</mark>", trade.Hits[0].Snippet);
        var html = trade.Hits.Single(h => h.ReleaseId == "r-html").Snippet;
        Assert.Contains("&lt;b&gt;&amp;&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>", html);

        // English stemming: "meetings" finds "meeting"; a phrase must occur as such.
        Assert.Equal([Gamma], (await Search.SearchAsync("meetings", 0, 10)).Hits.Select(h => h.ReleaseId));
        Assert.Equal([Alpha], (await Search.SearchAsync("\"Moscow Declaration\"", 0, 10)).Hits.Select(h => h.ReleaseId));
        Assert.Empty((await Search.SearchAsync("\"Declaration Moscow\"", 0, 10)).Hits);

        var paged = await Search.SearchAsync("SCO", 1, 1);
        Assert.Single(paged.Hits);
        Assert.Equal(3, paged.TotalCount);

        var error = await Assert.ThrowsAsync<SearchSyntaxException>(() => Search.SearchAsync("\"Moscow Declaration", 0, 10));
        Assert.Contains("quotation mark", error.Message);
        await Assert.ThrowsAsync<SearchSyntaxException>(() => Search.SearchAsync("(trade OR transport", 0, 10));

        await Store.DeleteReleaseAsync(Gamma);
        await SyncSearchAsync();
        Assert.Equal(["r-html"], (await Search.SearchAsync("trade", 0, 10)).Hits.Select(h => h.ReleaseId));
    }

    [StoreFact]
    public async Task Search_reads_the_same_query_syntax_on_every_provider()
    {
        await SaveSampleAsync();
        await SyncSearchAsync();
        async Task<List<string>> Found(string query) => (await Search.SearchAsync(query, 0, 10)).Hits.Select(h => h.ReleaseId).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([Alpha, Beta], await Found("SCO Norov"));
        Assert.Equal([Alpha, Beta, Gamma], await Found("Norov OR trade"));
        Assert.Equal([Alpha], await Found("Norov AND summit"));
        Assert.Equal([Beta], await Found("Norov NOT Moscow"));
        Assert.Equal([Beta], await Found("Norov -Moscow"));
        Assert.Equal([Alpha, Gamma], await Found("(summit OR corridors) Russia"));
        Assert.Equal([Beta], await Found("consult*"));
        Assert.Equal([Gamma], await Found("title:trade"));
        Assert.Equal([Alpha], await Found("title:\"summit held\""));
        Assert.Equal([], await Found("title:Norov"));
        Assert.Equal([Alpha, Beta], await Found("body:Norov"));
        Assert.Equal([Beta], await Found("Norov's consultations")); // an apostrophe is text, not syntax

        foreach (var broken in new[] { "Norov OR", "AND Norov", "NOT", "()", "Norov)", "(Norov" })
            await Assert.ThrowsAsync<SearchSyntaxException>(() => Search.SearchAsync(broken, 0, 10));
    }

    /// <summary>Lets a provider whose index is updated after the store's commit catch up; a no-op where search commits with the store.</summary>
    protected virtual Task SyncSearchAsync() => Task.CompletedTask;
}
