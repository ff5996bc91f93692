using ScoGraphQL.Extraction.Model;
using ScoGraphQL.Extraction.Pipeline;

namespace ScoGraphQL.Extraction.Tests.Extraction;

public sealed class RecogniserTests
{
    [Fact]
    public void Mr_Norov_resolves_to_Vladimir_Norov()
    {
        var result = Extract.From("SCO Secretary-General Vladimir Norov opened the meeting.\n\nMr Norov said the SCO is ready.");
        var norov = result.Single(EntityKind.Person, "Vladimir Norov");
        Assert.Contains("Mr Norov", norov.Aliases);
        Assert.Contains(result.Roles, r => r.PersonKey == norov.Key && r.Title == "SCO Secretary-General");
    }

    [Fact]
    public void Mr_Norov_alone_resolves_through_corpus_knowledge()
    {
        var corpus = new CorpusKnowledge();
        corpus.Add(Extract.From("SCO Secretary-General Vladimir Norov opened the meeting."));
        var result = Extract.From("Mr Norov praised the results.", known: corpus);
        Assert.Contains("Vladimir Norov", result.Names(EntityKind.Person));
    }

    [Fact]
    public void Diacritics_fold_into_one_person_key()
    {
        var a = Extract.From("Assistant Secretary-General for Europe, Central Asia and Americas Miroslav Jenča spoke.");
        var b = Extract.From("Assistant Secretary-General for Europe, Central Asia and Americas Miroslav Jenca spoke.");
        Assert.Equal(a.Names(EntityKind.Person).Single() is var n ? EntityKeys.For(EntityKind.Person, n) : "", b.Entities.Single(e => e.Kind == EntityKind.Person).Key);
    }

    [Fact]
    public void Titles_before_names_become_roles_with_their_country()
    {
        var result = Extract.From("In attendance were Prime Minister of India Narendra Modi, Chinese President Xi Jinping and Acting President, Prime Minister of Kyrgyz Sadyr Japarov.");
        var roles = result.Roles.ToLookup(r => r.PersonKey, r => r.Title);
        Assert.Contains("Prime Minister of India", roles[EntityKeys.For(EntityKind.Person, "Narendra Modi")]);
        Assert.Contains("Chinese President", roles[EntityKeys.For(EntityKind.Person, "Xi Jinping")]);
        Assert.Equal(["Acting President", "Prime Minister of Kyrgyz"], roles[EntityKeys.For(EntityKind.Person, "Sadyr Japarov")]);
        Assert.Contains(result.Roles, r => r.Title == "Prime Minister of India" && r.CountryKey == EntityKeys.For(EntityKind.Country, "India"));
    }

    [Fact]
    public void Appositive_titles_attach_to_the_name_before_the_comma()
    {
        var result = Extract.From("He met Natalia Gherman, Special Representative of the Secretary-General for Central Asia and Head of the United Nations Regional Centre for Preventive Diplomacy for Central Asia (UNRCCA), in Tashkent.");
        var key = EntityKeys.For(EntityKind.Person, "Natalia Gherman");
        // The two titles, and the two joined by "and" as written.
        Assert.Equal(3, result.Roles.Count(r => r.PersonKey == key));
        var centre = result.Single(EntityKind.Organization, "United Nations Regional Centre for Preventive Diplomacy for Central Asia");
        Assert.Contains("UNRCCA", centre.Acronyms);
        Assert.Equal(EntityKeys.For(EntityKind.Organization, "United Nations"), centre.ParentKey);
    }

    [Fact]
    public void A_title_without_a_name_goes_to_the_one_person_who_holds_it()
    {
        var result = Extract.From("Director of the SCO Regional Anti-Terrorist Structure (RATS) Jumakhon Giyosov spoke. They approved the report by the RATS Director.");
        Assert.Contains(result.Roles, r => r.PersonKey == EntityKeys.For(EntityKind.Person, "Jumakhon Giyosov") && r.Title == "RATS Director");
    }

    [Fact]
    public void Acronym_defined_in_parentheses_is_learned_and_reused()
    {
        var result = Extract.From("The Department of Political and Peacebuilding Affairs (DPPA) of the UN Secretariat hosted it.\n\nThe DPPA thanked the SCO.");
        var dppa = result.Single(EntityKind.Organization, "Department of Political and Peacebuilding Affairs");
        Assert.Contains("DPPA", dppa.Acronyms);
        Assert.Equal(2, result.Mentions.Count(m => m.EntityKey == dppa.Key && m.Text == "DPPA"));
    }

    [Fact]
    public void Every_wording_of_the_heads_of_state_council_is_one_body_of_the_SCO()
    {
        var result = Extract.From("A meeting of the Shanghai Cooperation Organisation (SCO) Heads of State Council took place. The Council of Heads of State of the SCO Member States adopted it. The Heads of State Council met.");
        var council = result.Single(EntityKind.Organization, "SCO Heads of State Council");
        Assert.Equal(EntityKeys.For(EntityKind.Organization, "Shanghai Cooperation Organisation"), council.ParentKey);
        Assert.Equal(3, result.Mentions.Count(m => m.EntityKey == council.Key));
    }

    [Fact]
    public void Security_Council_Secretaries_are_not_the_UN_Security_Council()
    {
        var result = Extract.From("He took part in the 15th meeting of Security Council Secretaries of SCO Member States, held on 15 September, 2020 via videoconference.");
        Assert.DoesNotContain("UN Security Council", result.Names(EntityKind.Organization));
        var meeting = Assert.Single(result.Entities, e => e.Kind == EntityKind.Event);
        Assert.Equal(PartialDate.Day(2020, 9, 15), meeting.StartDate);
        Assert.Equal(EventFormat.Videoconference, meeting.Format);
    }

    [Fact]
    public void Countries_by_official_name_and_adjective()
    {
        var result = Extract.From("The Kyrgyz Republic and the Russian Federation welcomed Russia's chairmanship and the Chinese side.");
        Assert.Equal(["Kyrgyzstan", "Russia", "China"], result.Names(EntityKind.Country));
        Assert.Equal("KG", result.Single(EntityKind.Country, "Kyrgyzstan").IsoCode);
    }

    [Fact]
    public void Places_inside_names_of_bodies_and_documents_do_not_count()
    {
        var result = Extract.From("The Paris Pact Initiative welcomed the Moscow Declaration adopted in Dushanbe.");
        Assert.Equal(["Dushanbe"], result.Names(EntityKind.Place));
        Assert.Equal(EntityKeys.For(EntityKind.Country, "Tajikistan"), result.Single(EntityKind.Place, "Dushanbe").CountryKey);
    }

    [Fact]
    public void Mentions_point_at_the_words_in_the_paragraph()
    {
        var release = new ScoGraphQL.Extraction.Parsing.ReleaseParser().Parse("T\n\nThe SCO Secretariat met in Tashkent.");
        var result = new EntityExtractor().Extract(release);
        Assert.All(result.Mentions, m => Assert.Equal(m.Text, release.Paragraphs[m.Paragraph][m.Start..m.End]));
        Assert.Contains(result.Mentions, m => m.Text == "Tashkent");
    }

    [Fact]
    public void Event_key_is_shared_by_releases_that_date_the_same_summit_differently()
    {
        var a = Extract.From("A meeting of the SCO Heads of State Council took place on November 10, 2020 via videoconference.");
        var b = Extract.From("The session of the Heads of State Council will take place in November this year, he said on 15 September 2020.");
        var keyA = a.Entities.Single(e => e.Kind == EntityKind.Event).Key;
        Assert.Contains(b.Entities, e => e.Kind == EntityKind.Event && e.Key == keyA);
    }

    [Fact]
    public void Until_ends_an_event_and_a_year_clash_is_reported()
    {
        var result = Extract.From("On 10 March 2020, the SCO Council of National Coordinators began an online and offline meeting in Tashkent.\n\nThe meeting of the SCO Council of National Coordinators will last until 13 March 2021.");
        var meeting = result.Entities.Single(e => e.Kind == EntityKind.Event);
        Assert.Equal(PartialDate.Day(2021, 3, 13), meeting.EndDate);
        Assert.Equal(EventFormat.Hybrid, meeting.Format);
        Assert.True(meeting.IsPrimary);
        Assert.Contains(result.Warnings, w => w.Code == WarningCodes.DateInconsistent);
    }

    [Fact]
    public void Numbered_resolution_keeps_number_and_date()
    {
        var result = Extract.From("Resolutions were signed, including Resolution 75/69 of 16 April 2021.");
        var resolution = result.Single(EntityKind.Document, "Resolution 75/69");
        Assert.Equal("75/69", resolution.Number);
        Assert.Equal(PartialDate.Day(2021, 4, 16), resolution.Date);
        Assert.Equal(DocumentKind.Resolution, resolution.DocumentKind);
    }

    [Fact]
    public void Joint_statements_on_a_list_of_subjects_are_several_documents()
    {
        var result = Extract.From("The SCO is preparing to adopt joint statements by the heads of state on cooperation in ensuring information security, countering the drug threat and the spread of extremist ideology.");
        Assert.Equal(3, result.Entities.Count(e => e.Kind == EntityKind.Document));
        Assert.Contains("joint statement by the heads of state on countering the spread of extremist ideology", result.Names(EntityKind.Document));
    }

    [Fact]
    public void Topics_ignore_words_inside_names_of_bodies()
    {
        var result = Extract.From("The meeting was held at the Regional Anti-Terrorist Structure amid the pandemic.");
        Assert.Equal(["covid-19"], result.Names(EntityKind.Topic));
    }

    [Fact]
    public void Misspelled_words_and_months_are_reported()
    {
        var result = Extract.From("The outcomes of the Novemebr 2020 meetings gave inpedendent results.");
        Assert.Contains(result.Warnings, w => w.Code == WarningCodes.Misspelling && w.Text == "Novemebr");
        Assert.Contains(result.Warnings, w => w.Code == WarningCodes.Misspelling && w.Text == "inpedendent");
        Assert.DoesNotContain(result.Warnings, w => w.Text == "outcomes");
    }

    [Fact]
    public void A_body_that_met_over_two_days_is_one_event_from_the_first_day()
    {
        var result = Extract.From("The SCO Council of Foreign Ministers met in Tashkent on 28-29 July 2022 in person.");
        var meeting = Assert.Single(result.Entities, e => e.Kind == EntityKind.Event);
        Assert.Equal(PartialDate.Day(2022, 7, 28), meeting.StartDate);
        Assert.Equal(PartialDate.Day(2022, 7, 29), meeting.EndDate);
        Assert.Equal(EntityKeys.For(EntityKind.Place, "Tashkent"), meeting.PlaceKey);
        Assert.Equal(EventFormat.InPerson, meeting.Format);
        Assert.Contains(EntityKeys.For(EntityKind.Organization, "SCO Council of Foreign Ministers"), meeting.ParticipantKeys);
    }
}
