namespace ScoGraphQL.Storage.Querying;

/// <summary>
/// The larger parts of a release record, which a page of releases fills in only when asked (<see cref="ReleaseQuery.Parts"/>).
/// The scalars (id, title, dates, word count, checksum…) are always there. A list that shows titles need not read
/// every body and paragraph of the page: on a small page they are most of what is read.
/// </summary>
[Flags]
public enum ReleaseParts
{
    /// <summary>Only the scalars.</summary>
    None = 0,

    /// <summary><see cref="Records.ReleaseRecord.Body"/>.</summary>
    Body = 1,

    /// <summary><see cref="Records.ReleaseRecord.Paragraphs"/>.</summary>
    Paragraphs = 2,

    /// <summary><see cref="Records.ReleaseRecord.AlternateTitles"/>.</summary>
    AlternateTitles = 4,

    /// <summary><see cref="Records.ReleaseRecord.Warnings"/>.</summary>
    Warnings = 8,

    /// <summary><see cref="Records.ReleaseRecord.EntityIds"/>.</summary>
    EntityIds = 16,

    All = Body | Paragraphs | AlternateTitles | Warnings | EntityIds,
}
