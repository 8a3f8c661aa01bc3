using Loyalty.BuildingBlocks.Persistence;

namespace Loyalty.Members.Api.Infrastructure;

/// <summary>Design-time construction for dotnet ef.</summary>
internal sealed class MembersDbContextFactory : DesignTimeDbContextFactory<MembersDbContext>;
