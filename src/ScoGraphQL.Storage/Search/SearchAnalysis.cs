using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace ScoGraphQL.Storage.Search;

/// <summary>How text is analysed, for indexing, querying and marking snippets alike.</summary>
public static class SearchAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Bumped whenever analysis or the document layout changes: an index of another format is rebuilt at
    /// start-up, and every document's stamp changes with it.
    /// </summary>
    public const string Format = "1";

    /// <summary>English: standard tokenising, lower-casing, stop words, possessives and Porter stemming ("meetings" → "meet").</summary>
    public static Analyzer CreateAnalyzer() => new EnglishAnalyzer(Version);
}
