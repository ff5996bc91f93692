using FluentValidation;
using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.GraphQL.Errors;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Curation;

namespace ScoGraphQL.Api.Entities;

/// <summary>Curation: stored as rules the store applies on every write, so it survives re-extraction and re-seeding.</summary>
public sealed class EntityMutations(
    ICorpusStore store,
    IValidator<UpdateEntityInput> updateValidator,
    IValidator<MergeEntitiesInput> mergeValidator) : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Field<NonNullGraphType<EntityPayloadType>>("updateEntity")
            .Description("Renames an entity or sets its aliases.")
            .Argument<NonNullGraphType<UpdateEntityInputType>>("input")
            .ResolveAsync(ctx => Mutations.RunAsync(ctx, updateValidator, (input, ct) =>
                store.CurateEntityAsync(EntityIds.Decode(input.Id), new EntityCuration(input.Name?.Trim(), input.Aliases?.Select(a => a.Trim()).ToList()), ct)));

        mutation.Field<NonNullGraphType<EntityPayloadType>>("mergeEntities")
            .Description("Folds the sources into the target: mentions, aliases, roles. Survives re-extraction.")
            .Argument<NonNullGraphType<MergeEntitiesInputType>>("input")
            .ResolveAsync(ctx => Mutations.RunAsync(ctx, mergeValidator, (input, ct) =>
                store.MergeEntitiesAsync(EntityIds.Decode(input.TargetId), input.SourceIds.Select(EntityIds.Decode).ToList(), ct)));
    }
}
