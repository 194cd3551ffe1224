-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('CHANGED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "draftTokenHash" TEXT,
ADD COLUMN     "receiptTokenHash" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RespondentContact" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "wantsUpdates" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RespondentContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EqualityMonitoring" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EqualityMonitoring_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResumeToken" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResumeToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseRevision" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "kind" "RevisionKind" NOT NULL,
    "previous" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponseRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "kind" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RespondentContact_responseId_key" ON "RespondentContact"("responseId");

-- CreateIndex
CREATE UNIQUE INDEX "EqualityMonitoring_responseId_key" ON "EqualityMonitoring"("responseId");

-- CreateIndex
CREATE UNIQUE INDEX "ResumeToken_tokenHash_key" ON "ResumeToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ResumeToken_responseId_idx" ON "ResumeToken"("responseId");

-- CreateIndex
CREATE INDEX "ResponseRevision_responseId_idx" ON "ResponseRevision"("responseId");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_nextAttemptAt_idx" ON "EmailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Response_draftTokenHash_key" ON "Response"("draftTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Response_receiptTokenHash_key" ON "Response"("receiptTokenHash");

-- AddForeignKey
ALTER TABLE "RespondentContact" ADD CONSTRAINT "RespondentContact_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EqualityMonitoring" ADD CONSTRAINT "EqualityMonitoring_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResumeToken" ADD CONSTRAINT "ResumeToken_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseRevision" ADD CONSTRAINT "ResponseRevision_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;
