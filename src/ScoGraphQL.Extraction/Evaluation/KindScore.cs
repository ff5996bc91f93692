namespace ScoGraphQL.Extraction.Evaluation;

/// <summary>Precision, recall and F1 of one kind over a gold file; <see cref="Missed"/> and <see cref="Spurious"/> say which.</summary>
public sealed record KindScore(string Kind, int Gold, int Predicted, int Matched, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
