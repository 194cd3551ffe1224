-- CreateEnum
CREATE TYPE "ThemeAssignedBy" AS ENUM ('SYSTEM', 'OFFICER');

-- CreateEnum
CREATE TYPE "ThemeAssignmentStatus" AS ENUM ('SUGGESTED', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "RedactedAnswer" (
    "answerId" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "redactedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RedactedAnswer_pkey" PRIMARY KEY ("answerId")
);

-- CreateTable
CREATE TABLE "RedactionEvent" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "RedactionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeRun" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "answerCount" INTEGER NOT NULL,
    "redactionCount" INTEGER NOT NULL,
    "campaigns" JSONB NOT NULL,
    "candidates" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThemeRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Codebook" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Codebook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodebookVersion" (
    "id" TEXT NOT NULL,
    "codebookId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "codes" JSONB NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CodebookVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ThemeAssignment" (
    "id" TEXT NOT NULL,
    "codebookId" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "codeId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "evidence" JSONB NOT NULL,
    "assignedBy" "ThemeAssignedBy" NOT NULL,
    "status" "ThemeAssignmentStatus" NOT NULL DEFAULT 'SUGGESTED',
    "versionNumber" INTEGER NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ThemeAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteStar" (
    "id" TEXT NOT NULL,
    "answerId" TEXT NOT NULL,
    "starredById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuoteStar_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YouSaidWeDid" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "codeId" TEXT,
    "theme" TEXT NOT NULL,
    "youSaid" TEXT NOT NULL,
    "weDid" TEXT NOT NULL,
    "changed" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "YouSaidWeDid_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RedactedAnswer_consultationId_questionKey_idx" ON "RedactedAnswer"("consultationId", "questionKey");

-- CreateIndex
CREATE INDEX "RedactionEvent_answerId_idx" ON "RedactionEvent"("answerId");

-- CreateIndex
CREATE INDEX "ThemeRun_consultationId_questionKey_createdAt_idx" ON "ThemeRun"("consultationId", "questionKey", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Codebook_consultationId_questionKey_key" ON "Codebook"("consultationId", "questionKey");

-- CreateIndex
CREATE UNIQUE INDEX "CodebookVersion_codebookId_number_key" ON "CodebookVersion"("codebookId", "number");

-- CreateIndex
CREATE INDEX "ThemeAssignment_codebookId_status_confidence_idx" ON "ThemeAssignment"("codebookId", "status", "confidence");

-- CreateIndex
CREATE UNIQUE INDEX "ThemeAssignment_codebookId_answerId_codeId_key" ON "ThemeAssignment"("codebookId", "answerId", "codeId");

-- CreateIndex
CREATE UNIQUE INDEX "QuoteStar_answerId_starredById_key" ON "QuoteStar"("answerId", "starredById");

-- CreateIndex
CREATE INDEX "YouSaidWeDid_consultationId_createdAt_idx" ON "YouSaidWeDid"("consultationId", "createdAt");

-- AddForeignKey
ALTER TABLE "RedactedAnswer" ADD CONSTRAINT "RedactedAnswer_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RedactionEvent" ADD CONSTRAINT "RedactionEvent_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "RedactedAnswer"("answerId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeRun" ADD CONSTRAINT "ThemeRun_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Codebook" ADD CONSTRAINT "Codebook_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodebookVersion" ADD CONSTRAINT "CodebookVersion_codebookId_fkey" FOREIGN KEY ("codebookId") REFERENCES "Codebook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeAssignment" ADD CONSTRAINT "ThemeAssignment_codebookId_fkey" FOREIGN KEY ("codebookId") REFERENCES "Codebook"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ThemeAssignment" ADD CONSTRAINT "ThemeAssignment_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteStar" ADD CONSTRAINT "QuoteStar_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YouSaidWeDid" ADD CONSTRAINT "YouSaidWeDid_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
