using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Prongsai.Data.Migrations
{
    // Provider-neutral like Initial: no column types.
    /// <inheritdoc />
    public partial class SubmissionAcknowledgement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AcknowledgedErrors",
                table: "Submissions",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "AcknowledgedFindings",
                table: "Submissions",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AcknowledgedErrors",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AcknowledgedFindings",
                table: "Submissions");
        }
    }
}
