-- CreateTable
CREATE TABLE "RetentionSettings" (
    "id" TEXT NOT NULL DEFAULT 'council',
    "contactMonthsAfterOutcome" INTEGER NOT NULL,
    "outcomeWaitMonths" INTEGER NOT NULL,
    "draftDaysAfterClose" INTEGER NOT NULL,
    "filesMonthsAfterOutcome" INTEGER NOT NULL,
    "auditYears" INTEGER NOT NULL,
    "sentEmailDays" INTEGER NOT NULL,
    "exportFileDays" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "RetentionSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationRetention" (
    "consultationId" TEXT NOT NULL,
    "legalHoldReason" TEXT,
    "legalHoldSince" TIMESTAMP(3),
    "legalHoldById" TEXT,
    "draftsDoneAt" TIMESTAMP(3),
    "equalityDoneAt" TIMESTAMP(3),
    "freeTextDoneAt" TIMESTAMP(3),
    "contactsDoneAt" TIMESTAMP(3),
    "filesDoneAt" TIMESTAMP(3),
    "subscribersRemoved" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ConsultationRetention_pkey" PRIMARY KEY ("consultationId")
);

-- CreateTable
CREATE TABLE "EqualityTally" (
    "consultationId" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "optionKey" TEXT NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "EqualityTally_pkey" PRIMARY KEY ("consultationId","questionKey","optionKey")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "nextRunAt" TIMESTAMP(3) NOT NULL,
    "leasedUntil" TIMESTAMP(3) NOT NULL,
    "leasedBy" TEXT,
    "lastRunAt" TIMESTAMP(3),

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- AddForeignKey
ALTER TABLE "ConsultationRetention" ADD CONSTRAINT "ConsultationRetention_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EqualityTally" ADD CONSTRAINT "EqualityTally_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
