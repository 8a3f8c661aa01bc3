using Loyalty.BuildingBlocks.Persistence;

namespace Loyalty.Identity.Api.Infrastructure;

/// <summary>Design-time construction for dotnet ef.</summary>
internal sealed class IdentityServiceDbContextFactory : DesignTimeDbContextFactory<IdentityServiceDbContext>;
