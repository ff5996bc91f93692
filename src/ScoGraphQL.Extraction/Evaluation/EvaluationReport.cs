using System.Globalization;
using System.Text;

namespace ScoGraphQL.Extraction.Evaluation;

/// <summary>Scores per kind (persons, organizations, countries, places, events, documents, topics, roles).</summary>
public sealed record EvaluationReport(IReadOnlyList<KindScore> Kinds)
{
    public KindScore this[string kind] => Kinds.First(k => k.Kind == kind);

    /// <summary>A fixed-width table for the console and for reports.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"kind",-14} {"gold",5} {"pred",5} {"match",5} {"P",6} {"R",6} {"F1",6}");
        foreach (var k in Kinds)
            sb.AppendLine(CultureInfo.InvariantCulture, $"{k.Kind,-14} {k.Gold,5} {k.Predicted,5} {k.Matched,5} {k.Precision,6:0.000} {k.Recall,6:0.000} {k.F1,6:0.000}");
        return sb.ToString();
    }
}
