using FluentValidation;
using GraphQL.Types;
using ScoGraphQL.Api.GraphQL;
using ScoGraphQL.Api.GraphQL.Errors;
using ScoGraphQL.Storage;
using ScoGraphQL.Storage.Records;
using ScoGraphQL.Storage.Writing;

namespace ScoGraphQL.Api.Releases;

/// <summary>importRelease, createRelease, updateRelease, deleteRelease: each one store call, so one transaction.</summary>
public sealed class ReleaseMutations(
    ICorpusStore store,
    ReleaseDrafts drafts,
    IValidator<ImportReleaseInput> importValidator,
    IValidator<CreateReleaseInput> createValidator,
    IValidator<UpdateReleaseInput> updateValidator,
    IValidator<DeleteReleaseInput> deleteValidator) : IMutationFields
{
    public void AddTo(MutationType mutation)
    {
        mutation.Field<NonNullGraphType<ReleasePayloadType>>("importRelease")
            .Description("Parse raw release text exactly as the seed loader does (first line = headline).")
            .Argument<NonNullGraphType<ImportReleaseInputType>>("input")
            .ResolveAsync(ctx => Mutations.RunAsync(ctx, importValidator, async (input, ct) =>
                await store.AddReleaseAsync(await drafts.FromTextAsync(input.Text, input.SourceFile, ct), exactSlug: false, ct), unparsableField: "input.text"));

        mutation.Field<NonNullGraphType<ReleasePayloadType>>("createRelease")
            .Argument<NonNullGraphType<CreateReleaseInputType>>("input")
            .ResolveAsync(ctx => Mutations.RunAsync(ctx, createValidator, async (input, ct) =>
                await store.AddReleaseAsync(await drafts.FromFieldsAsync(input.Title, input.Body, input.AlternateTitles, input.PublishedAt, input.Slug, ct), exactSlug: input.Slug is not null, ct),
                unparsableField: "input.title"));

        mutation.Field<NonNullGraphType<ReleasePayloadType>>("updateRelease")
            .Description("Changing title or body re-runs extraction.")
            .Argument<NonNullGraphType<UpdateReleaseInputType>>("input")
            .ResolveAsync(ctx => Mutations.RunAsync(ctx, updateValidator, UpdateAsync, unparsableField: "input.title"));

        mutation.Field<NonNullGraphType<DeleteReleasePayloadType>>("deleteRelease")
            .Description("Removes the release, its mentions, and entities no other release mentions (unless curated).")
            .Argument<NonNullGraphType<DeleteReleaseInputType>>("input")
            .ResolveAsync(ctx => Mutations.RunAsync(ctx, deleteValidator, async (input, ct) =>
            {
                var slug = ReleaseIds.Decode(input.Id);
                return await store.DeleteReleaseAsync(slug, ct) ? input.Id : throw new ReleaseNotFoundException(slug);
            }));
    }

    private async Task<ReleaseRecord> UpdateAsync(UpdateReleaseInput input, CancellationToken cancellationToken)
    {
        var slug = ReleaseIds.Decode(input.Id);
        var current = (await store.GetReleasesAsync([slug], cancellationToken)).GetValueOrDefault(slug) ?? throw new ReleaseNotFoundException(slug);
        var (release, extraction) = await drafts.UpdateAsync(current, input, cancellationToken);
        return await store.UpdateReleaseAsync(release, extraction, cancellationToken);
    }
}
