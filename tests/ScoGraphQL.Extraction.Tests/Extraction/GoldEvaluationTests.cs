using ScoGraphQL.Extraction.Evaluation;
using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Parsing;
using ScoGraphQL.Extraction.Pipeline;

namespace ScoGraphQL.Extraction.Tests.Extraction;

public sealed class GoldEvaluationTests
{
    private static string GoldDir => Path.Combine(TestPaths.RepoRoot, "tests", "ScoGraphQL.Extraction.Tests", "Gold");

    private static EvaluationReport Evaluate(string goldFile, string releaseDir)
    {
        var gold = File.ReadAllText(goldFile);
        var names = System.Text.Json.JsonDocument.Parse(gold).RootElement.EnumerateArray().Select(e => e.GetProperty("doc").GetString()!);
        var parser = new ReleaseParser();
        var extractor = new EntityExtractor();
        var results = names.ToDictionary(n => n, n => extractor.Extract(parser.Parse(File.ReadAllText(Path.Combine(releaseDir, n)))));
        return GoldEvaluator.Evaluate(gold, results);
    }

    [Fact]
    public void Seeds_meet_the_quality_targets()
    {
        var report = Evaluate(Path.Combine(GoldDir, "seeds.json"), TestPaths.Seeds);
        Assert.All(new[] { "persons", "organizations", "countries", "places" }, k => Assert.True(report[k].F1 >= 0.95, report.ToTable()));
        Assert.True(report["events"].F1 >= 0.85, report.ToTable());
        Assert.True(report["documents"].F1 >= 0.85, report.ToTable());
        Assert.True(report["roles"].Recall >= 0.9, report.ToTable());
    }

    [Fact]
    public void Unseen_releases_stay_within_a_tenth_of_the_targets()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen", "unseen.json"), Path.Combine(GoldDir, "unseen"));
        Assert.All(new[] { "persons", "organizations", "countries", "places" }, k => Assert.True(report[k].F1 >= 0.85, report.ToTable()));
        Assert.True(report["events"].F1 >= 0.75, report.ToTable());
        Assert.True(report["documents"].F1 >= 0.75, report.ToTable());
        Assert.True(report["roles"].Recall >= 0.8, report.ToTable());
    }

    /// <summary>
    /// The second unseen set (Gold/unseen-2). Scored once blind (persons 0.923, places 0.857, events 0.706, roles
    /// 0.688 …); general fixes were then made because of it, so it is no longer unseen and its floors are the scores
    /// after those fixes (Gold/unseen-2/README.md).
    /// </summary>
    [Fact]
    public void Second_set_keeps_the_scores_reached_after_the_fixes_it_prompted()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-2", "unseen-2.json"), Path.Combine(GoldDir, "unseen-2"));
        foreach (var kind in new[] { "persons", "organizations", "countries", "places", "events", "documents", "topics" })
            Assert.True(report[kind].F1 >= 1.0, report.ToTable());
        Assert.True(report["roles"].Recall >= 1.0, report.ToTable());
    }

    /// <summary>
    /// The third set (Gold/unseen-3), written and annotated by someone who never read the extractor, scored blind twice
    /// (events 0.625 → 0.706, roles 0.563 → 0.781), then used as a development set: these floors (rounded down) are
    /// what the general fixes made from its misses reached. See its README.
    /// </summary>
    [Fact]
    public void Third_set_does_not_fall_below_its_measured_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-3", "unseen-3.json"), Path.Combine(GoldDir, "unseen-3"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.98, ["countries"] = 1.0, ["places"] = 0.98,
            ["events"] = 0.91, ["documents"] = 1.0, ["topics"] = 0.95,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The fourth set (Gold/unseen-4), annotated blind and scored once blind (organisations 0.822, events 0.667, roles
    /// recall 0.605), is now a development set: these floors (rounded down) are what the general fixes made with sight
    /// of its misses reached (visits, receptions, same-day talks, themed days and years; bare and headline titles). See
    /// its README.
    /// </summary>
    [Fact]
    public void Fourth_set_does_not_fall_below_its_measured_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-4", "unseen-4.json"), Path.Combine(GoldDir, "unseen-4"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.98, ["countries"] = 1.0, ["places"] = 0.98,
            ["events"] = 0.97, ["documents"] = 1.0, ["topics"] = 0.98,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The fifth set (Gold/unseen-5), annotated blind and scored twice blind (documents 0.667, roles recall 0.667), is
    /// now a development set: these floors (rounded down) are what the s5-docs fixes made with sight of its misses
    /// reached (title boundaries of documents; possessive, apposition and regional titles). See its README.
    /// </summary>
    [Fact]
    public void Fifth_set_does_not_fall_below_its_measured_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-5", "unseen-5.json"), Path.Combine(GoldDir, "unseen-5"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 0.94, ["organizations"] = 0.97, ["countries"] = 1.0, ["places"] = 0.96,
            ["events"] = 0.89, ["documents"] = 1.0, ["topics"] = 0.93,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The sixth set (Gold/unseen-6), annotated blind and scored once blind (events 0.739, roles recall 0.778), is now
    /// a development set: these floors (rounded down) are what the s5-fix6 fixes made with sight of its misses reached
    /// (coordinated and bracketed titles, "met at … with", a document's "of" date, "Krai" and "… region", a document's
    /// "on …" after its body, "as a forum"). See its README.
    /// </summary>
    [Fact]
    public void Sixth_set_does_not_fall_below_its_measured_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-6", "unseen-6.json"), Path.Combine(GoldDir, "unseen-6"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.98, ["countries"] = 1.0, ["places"] = 0.96,
            ["events"] = 0.89, ["documents"] = 1.0, ["topics"] = 0.87,
        };
        AssertAtLeast(report, floors, rolesRecall: 0.96);
    }

    /// <summary>
    /// The seventh set (Gold/unseen-7) was scored once blind at the end of round 5 (organisations 0.813, persons 0.821,
    /// events 0.652, topics 0.649, roles recall 0.500). Its misses then prompted general fixes in round 6 (s6-orgs:
    /// longest match, acronym-defined bodies, short forms; s6-titles: titles built from modifiers and
    /// office heads; s6-events: month ranges "of last year", "meet in <city>", undated "<city> summit", topic wording),
    /// so it is a development set: each floor is the score reached, rounded down. See its README.
    /// </summary>
    [Fact]
    public void Seventh_set_does_not_fall_below_its_measured_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-7", "unseen-7.json"), Path.Combine(GoldDir, "unseen-7"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 1.0, ["countries"] = 1.0, ["places"] = 0.94,
            ["events"] = 0.86, ["documents"] = 0.95, ["topics"] = 0.89,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The eighth set (Gold/unseen-8) was scored once blind at 2ec425d, with round 6 merged and nothing changed for it:
    /// every kind inside issue #3's margin for unseen text. These floors are that blind score rounded down, so a later
    /// change cannot lose ground on it without a test saying so, raised where later work (s7-titles2, s8-bodies) improved it. See its README.
    /// </summary>
    [Fact]
    public void Eighth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-8", "unseen-8.json"), Path.Combine(GoldDir, "unseen-8"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.96, ["countries"] = 1.0, ["places"] = 0.96,
            ["events"] = 0.93, ["documents"] = 0.97, ["topics"] = 0.9,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The ninth set (Gold/unseen-9) was scored once blind at 2ec425d, with round 6 merged and nothing changed for it:
    /// organisations (0.828), events (0.643) and roles recall (0.697) fall short of issue #3's margin. These floors are
    /// that blind score rounded down, raised since as a development set where general fixes were made with sight of
    /// its misses (s7-orgs2: boards, ministries' comma lists; s7-events2: seas, gulfs, oceans and ports, topic wordings;
    /// s7-titles2: portfolio lists in titles, possessive bodies; s8-bodies: body head nouns, brand banks, dedications,
    /// organs named with a parent's acronym). See its README.
    /// </summary>
    [Fact]
    public void Ninth_set_does_not_fall_below_its_measured_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-9", "unseen-9.json"), Path.Combine(GoldDir, "unseen-9"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 1.0, ["countries"] = 1.0, ["places"] = 0.97,
            ["events"] = 0.89, ["documents"] = 0.97, ["topics"] = 0.95,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The tenth set (Gold/unseen-10) was scored once blind at 662516a, with rounds 6 and 7 merged and nothing changed
    /// for it: persons (0.828), organisations (0.750), events (0.653) and roles
    /// recall (0.632) fall short of issue #3's margin. These floors are that blind score rounded down, raised since as a
    /// development set (s8-bodies: chambers, national administrations and commissions, federations). See its README.
    /// </summary>
    [Fact]
    public void Tenth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-10", "unseen-10.json"), Path.Combine(GoldDir, "unseen-10"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.97, ["countries"] = 1.0, ["places"] = 0.91,
            ["events"] = 0.9, ["documents"] = 1.0, ["topics"] = 0.97,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The eleventh set (Gold/unseen-11) was scored once blind at 662516a, with rounds 6 and 7 merged and nothing changed
    /// for it: events (0.720) and roles recall (0.771) fall short of issue #3's
    /// margin. These floors are that blind score rounded down, raised since as a development set (s8-bodies: national
    /// administrations, troops, people's governments). See its README.
    /// </summary>
    [Fact]
    public void Eleventh_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-11", "unseen-11.json"), Path.Combine(GoldDir, "unseen-11"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 0.98, ["organizations"] = 0.98, ["countries"] = 1.0, ["places"] = 0.98,
            ["events"] = 0.98, ["documents"] = 0.89, ["topics"] = 0.94,
        };
        AssertAtLeast(report, floors, rolesRecall: 0.97);
    }

    /// <summary>
    /// The twelfth set (Gold/unseen-12) was scored once blind at 1344bf7, with round 8 merged and nothing changed for
    /// it: roles recall (0.727) falls short of issue #3's margin, events (0.756) and documents (0.769) are only just
    /// inside it. These floors are that blind score rounded down, raised since as a development set (s8-roles2: region
    /// suffixes, portfolio words and head nouns end a body before its holder's name; roles recall 0.727 → 0.955). See
    /// its README.
    /// </summary>
    [Fact]
    public void Twelfth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-12", "unseen-12.json"), Path.Combine(GoldDir, "unseen-12"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.97, ["countries"] = 1.0, ["places"] = 1.0,
            ["events"] = 0.79, ["documents"] = 0.95, ["topics"] = 0.96,
        };
        AssertAtLeast(report, floors, rolesRecall: 0.95);
    }

    /// <summary>
    /// The thirteenth set (Gold/unseen-13) was scored once blind at 1344bf7, with round 8 merged and nothing changed
    /// for it: roles recall (0.750) falls short of issue #3's margin. These floors are that blind score rounded down,
    /// raised since as a development set (s8-roles2: audit and sanitary offices, bracketed short names; roles recall
    /// 0.750 → 1.000). See its README.
    /// </summary>
    [Fact]
    public void Thirteenth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-13", "unseen-13.json"), Path.Combine(GoldDir, "unseen-13"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.96, ["countries"] = 1.0, ["places"] = 0.95,
            ["events"] = 0.88, ["documents"] = 1.0, ["topics"] = 0.79,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The fourteenth set (Gold/unseen-14) was scored once blind at 0b564b9, with round 8 merged and nothing changed
    /// for it: organisations (0.813) and events (0.703) fall short of issue #3's margin. These floors are that blind
    /// score rounded down. See its README.
    /// </summary>
    [Fact]
    public void Fourteenth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-14", "unseen-14.json"), Path.Combine(GoldDir, "unseen-14"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 1.0, ["countries"] = 1.0, ["places"] = 0.95,
            ["events"] = 0.78, ["documents"] = 1.0, ["topics"] = 0.84,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The fifteenth set (Gold/unseen-15) was scored once blind at 0b564b9, with round 8 merged and nothing changed
    /// for it: inside issue #3's margin on every kind. These floors are that blind score rounded down. See its README.
    /// </summary>
    [Fact]
    public void Fifteenth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-15", "unseen-15.json"), Path.Combine(GoldDir, "unseen-15"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.98, ["countries"] = 1.0, ["places"] = 1.0,
            ["events"] = 1.0, ["documents"] = 1.0, ["topics"] = 0.95,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The sixteenth set (Gold/unseen-16) was scored once blind at a0fcb01, with round 9's first wave merged and nothing
    /// changed for it: inside issue #3's margin on every kind. These floors are that blind score rounded down. See its README.
    /// </summary>
    [Fact]
    public void Sixteenth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-16", "unseen-16.json"), Path.Combine(GoldDir, "unseen-16"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.98, ["countries"] = 1.0, ["places"] = 1.0,
            ["events"] = 0.9, ["documents"] = 0.96, ["topics"] = 0.9,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The seventeenth set (Gold/unseen-17) was scored once blind at a0fcb01, with round 9's first wave merged and nothing
    /// changed for it: inside issue #3's margin on every kind (events 0.800 and roles recall 0.800 at its edge). These
    /// floors are that blind score rounded down. See its README.
    /// </summary>
    [Fact]
    public void Seventeenth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-17", "unseen-17.json"), Path.Combine(GoldDir, "unseen-17"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 1.0, ["organizations"] = 0.98, ["countries"] = 1.0, ["places"] = 0.92,
            ["events"] = 0.9, ["documents"] = 1.0, ["topics"] = 0.91,
        };
        AssertAtLeast(report, floors, rolesRecall: 1.0);
    }

    /// <summary>
    /// The eighteenth set (Gold/unseen-18) was scored once blind at 7da8702, with all of round 9 merged and nothing changed
    /// for it: inside issue #3's margin on every kind. These floors are that blind score rounded down. See its README.
    /// </summary>
    [Fact]
    public void Eighteenth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-18", "unseen-18.json"), Path.Combine(GoldDir, "unseen-18"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 0.98, ["organizations"] = 0.86, ["countries"] = 1.0, ["places"] = 0.89,
            ["events"] = 0.78, ["documents"] = 0.84, ["topics"] = 0.87,
        };
        AssertAtLeast(report, floors, rolesRecall: 0.87);
    }

    /// <summary>
    /// The nineteenth set (Gold/unseen-19) was scored once blind at 7da8702, with all of round 9 merged and nothing changed
    /// for it: inside issue #3's margin on every kind (roles recall 0.800, at its edge). These floors are that blind score rounded down. See its README.
    /// </summary>
    [Fact]
    public void Nineteenth_set_does_not_fall_below_its_blind_scores()
    {
        var report = Evaluate(Path.Combine(GoldDir, "unseen-19", "unseen-19.json"), Path.Combine(GoldDir, "unseen-19"));
        var floors = new Dictionary<string, double>
        {
            ["persons"] = 0.86, ["organizations"] = 0.89, ["countries"] = 1.0, ["places"] = 0.93,
            ["events"] = 0.84, ["documents"] = 0.83, ["topics"] = 0.84,
        };
        AssertAtLeast(report, floors, rolesRecall: 0.79);
    }

    private static void AssertAtLeast(EvaluationReport report, Dictionary<string, double> floors, double rolesRecall)
    {
        foreach (var (kind, floor) in floors) Assert.True(report[kind].F1 >= floor, $"{kind} below {floor}\n{report.ToTable()}");
        Assert.True(report["roles"].Recall >= rolesRecall, report.ToTable());
    }

    [Fact]
    public void Evaluator_matches_by_alias_with_diacritics_and_case_folded()
    {
        const string gold = """[{"doc":"a","persons":[{"name":"Miroslav Jenča","aliases":[],"roles":["ASG"]}],"organizations":[],"countries":[],"places":[],"events":[],"documents":[],"topics":[]}]""";
        var person = new ExtractedEntity(EntityKeys.For(EntityKind.Person, "Miroslav Jenca"), EntityKind.Person, "MIROSLAV JENCA");
        var result = new ExtractionResult { Entities = [person], Roles = [new ExtractedRole(person.Key, "asg")] };
        var report = GoldEvaluator.Evaluate(gold, new Dictionary<string, ExtractionResult> { ["a"] = result });
        Assert.Equal(1.0, report["persons"].F1);
        Assert.Equal(1.0, report["roles"].Recall);
    }

    [Fact]
    public void Five_seeds_extract_in_well_under_a_second()
    {
        var parser = new ReleaseParser();
        var releases = Directory.GetFiles(TestPaths.Seeds, "*.txt").Select(f => parser.Parse(File.ReadAllText(f))).ToList();
        var extractor = new EntityExtractor();
        foreach (var r in releases) extractor.Extract(r);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var r in releases) extractor.Extract(r);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"{watch.ElapsedMilliseconds} ms");
    }
}
