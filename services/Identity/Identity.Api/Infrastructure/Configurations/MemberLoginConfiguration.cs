using Loyalty.Identity.Api.Domain.Copies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Identity.Api.Infrastructure.Configurations;

internal sealed class MemberLoginConfiguration : IEntityTypeConfiguration<MemberLogin>
{
    public void Configure(EntityTypeBuilder<MemberLogin> builder)
    {
        builder.ToTable("member_logins");
        builder.HasKey(m => m.MemberId);
        builder.Property(m => m.MemberId).ValueGeneratedNever();
        builder.Property(m => m.PhoneHash).HasMaxLength(64);
        // Not unique: while events are on their way two members can briefly hold one phone; the latest wins.
        builder.HasIndex(m => m.PhoneHash);
    }
}
