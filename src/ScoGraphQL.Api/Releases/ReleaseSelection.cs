using GraphQL;
using GraphQLParser.AST;
using ScoGraphQL.Storage.Querying;

namespace ScoGraphQL.Api.Releases;

/// <summary>
/// Which parts of the release records a <c>releases</c> connection's selection reads, so the store can leave the
/// rest unread: <c>{ nodes { id title } }</c> needs no body, paragraphs or entity ids. Only fields known here to need
/// nothing more narrow it; any other field (one added to <see cref="ReleaseType"/> later, say) reads whole records.
/// </summary>
public static class ReleaseSelection
{
    /// <summary>What each field of <see cref="ReleaseType"/> reads beyond the scalars every record has.</summary>
    private static readonly Dictionary<string, ReleaseParts> PartsByField = new(StringComparer.Ordinal)
    {
        ["__typename"] = ReleaseParts.None,
        ["id"] = ReleaseParts.None,
        ["slug"] = ReleaseParts.None,
        ["sourceFile"] = ReleaseParts.None,
        ["title"] = ReleaseParts.None,
        ["publishedAt"] = ReleaseParts.None,
        ["eventDate"] = ReleaseParts.None,
        ["wordCount"] = ReleaseParts.None,
        ["mentions"] = ReleaseParts.None, // loaded by release id
        ["alternateTitles"] = ReleaseParts.AlternateTitles,
        ["body"] = ReleaseParts.Body,
        ["paragraphs"] = ReleaseParts.Paragraphs,
        ["warnings"] = ReleaseParts.Warnings,
        ["entities"] = ReleaseParts.EntityIds,
        ["people"] = ReleaseParts.EntityIds,
        ["organizations"] = ReleaseParts.EntityIds,
        ["countries"] = ReleaseParts.EntityIds,
        ["places"] = ReleaseParts.EntityIds,
        ["events"] = ReleaseParts.EntityIds,
        ["documents"] = ReleaseParts.EntityIds,
        ["topics"] = ReleaseParts.EntityIds,
    };

    private enum Level
    {
        Connection,
        Edge,
        Release,
    }

    /// <summary>The parts read under <c>nodes</c> and <c>edges { node }</c> of the connection field being resolved.</summary>
    public static ReleaseParts PartsRead(IResolveFieldContext connection)
    {
        var parts = ReleaseParts.None;
        return connection.FieldAst.SelectionSet is { } set && Collect(set, Level.Connection, connection.Document, ref parts) ? parts : ReleaseParts.All;
    }

    /// <returns>False when a field of a release is not known here: then the whole record is read.</returns>
    private static bool Collect(GraphQLSelectionSet set, Level level, GraphQLDocument document, ref ReleaseParts parts)
    {
        foreach (var selection in set.Selections)
        {
            // Type conditions are not checked: a fragment that cannot apply only makes the read wider. Validation
            // has already refused fragment cycles, so the spreads end.
            var complete = selection switch
            {
                GraphQLField field => CollectField(field, level, document, ref parts),
                GraphQLInlineFragment inline => Collect(inline.SelectionSet, level, document, ref parts),
                GraphQLFragmentSpread spread => Fragment(document, spread.FragmentName.Name) is { } fragment
                    && Collect(fragment.SelectionSet, level, document, ref parts),
                _ => false,
            };
            if (!complete) return false;
        }
        return true;
    }

    private static bool CollectField(GraphQLField field, Level level, GraphQLDocument document, ref ReleaseParts parts)
    {
        var name = field.Name.StringValue;
        switch (level)
        {
            case Level.Release:
                if (!PartsByField.TryGetValue(name, out var read)) return false;
                parts |= read;
                return true;
            case Level.Connection when name == "nodes":
                return field.SelectionSet is { } nodes && Collect(nodes, Level.Release, document, ref parts);
            case Level.Connection when name == "edges":
                return field.SelectionSet is { } edges && Collect(edges, Level.Edge, document, ref parts);
            case Level.Edge when name == "node":
                return field.SelectionSet is { } node && Collect(node, Level.Release, document, ref parts);
            default:
                return true; // totalCount, pageInfo, cursor: no release field under them
        }
    }

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, GraphQLName name)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment && fragment.FragmentName.Name == name) return fragment;
        }
        return null;
    }
}
