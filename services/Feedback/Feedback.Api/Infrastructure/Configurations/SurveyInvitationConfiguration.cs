using Loyalty.Feedback.Api.Domain.Invitations;
using Loyalty.Feedback.Api.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Feedback.Api.Infrastructure.Configurations;

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    /// <summary>One invitation per request (a campaign's SurveyInvitationRequested, an operator's send).</summary>
    public const string RequestIndex = "ix_invitations_request";

    public void Configure(EntityTypeBuilder<SurveyInvitation> invitation)
    {
        invitation.ToTable("invitations");
        invitation.HasKey(i => i.Id);
        invitation.Property(i => i.Id).ValueGeneratedNever();
        invitation.Property(i => i.SurveyCode).HasMaxLength(SurveyDefinition.MaxKeyLength);
        invitation.Property(i => i.Source).HasConversion<string>().HasMaxLength(16);
        invitation.Property(i => i.Channel).HasConversion<string>().HasMaxLength(16);
        invitation.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        invitation.Property(i => i.SkipReason).HasConversion<string>().HasMaxLength(16);
        invitation.Property(i => i.StoreId).HasMaxLength(64);
        invitation.Property(i => i.TreatmentCategory).HasMaxLength(64);
        invitation.Property(i => i.AdvisorId).HasMaxLength(64);
        invitation.HasIndex(i => new { i.MemberId, i.DueAt });
        invitation.HasIndex(i => new { i.Status, i.DueAt });
        invitation.HasIndex(i => i.PurchaseId);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => i.RequestId).IsUnique().HasDatabaseName(RequestIndex);
    }
}
