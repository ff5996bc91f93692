using ScoGraphQL.Storage.Records;

namespace ScoGraphQL.Api.Entities;

public sealed record RelatedEntity(EntityRecord Entity, int SharedReleases);
