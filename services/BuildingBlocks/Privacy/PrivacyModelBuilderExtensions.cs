using Microsoft.EntityFrameworkCore;

namespace Loyalty.BuildingBlocks.Privacy;

public static class PrivacyModelBuilderExtensions
{
    /// <summary>Adds the erased-members table (<see cref="ErasedMember"/>) to a service's own database.</summary>
    public static ModelBuilder AddErasedMembers(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ErasedMember>(erased =>
        {
            erased.ToTable("erased_members");
            erased.HasKey(m => m.MemberId);
        });
        return modelBuilder;
    }

    /// <summary>Whether this service has erased the member's personal data.</summary>
    public static Task<bool> IsErasedAsync(this DbContext db, Guid memberId, CancellationToken cancellationToken) =>
        db.Set<ErasedMember>().AnyAsync(m => m.MemberId == memberId, cancellationToken);
}
