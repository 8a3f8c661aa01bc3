using Loyalty.Feedback.Api.Domain.Answers;
using Loyalty.Feedback.Api.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Loyalty.Feedback.Api.Infrastructure.Configurations;

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    /// <summary>One answer per invitation: a concurrent second answer hits it.</summary>
    public const string InvitationIndex = "ix_answers_invitation";

    public void Configure(EntityTypeBuilder<SurveyAnswer> answer)
    {
        answer.ToTable("answers");
        answer.HasKey(a => a.Id);
        answer.Property(a => a.Id).ValueGeneratedNever();
        answer.Ignore(a => a.NpsGroup);
        answer.Property(a => a.SurveyCode).HasMaxLength(SurveyDefinition.MaxKeyLength);
        answer.Property(a => a.StoreId).HasMaxLength(64);
        answer.Property(a => a.TreatmentCategory).HasMaxLength(64);
        answer.Property(a => a.AdvisorId).HasMaxLength(64);
        answer.Property(a => a.Values).HasJsonb();
        answer.HasIndex(a => a.InvitationId).IsUnique().HasDatabaseName(InvitationIndex);
        answer.HasIndex(a => a.AnsweredAt);
    }
}
