-- Rule 5: per task the route the parties chose (issue 10). No row = no choice recorded: the analysis's advice
-- is shown as the default. Owned by the verkenning module; deleted with the task (cascade inside the module) and
-- by VerkenningOpruimen when the samenwerking is deleted.
-- route: SAMENWERKEN, INKOPEN, NIET_SAMEN. leverancier and vehikel only for INKOPEN
-- (vehikel: DIENSTVERLENINGSOVEREENKOMST, CENTRUMREGELING, INKOOP).
CREATE TABLE verkenning_taak_route (
    taak_id          BIGINT        NOT NULL PRIMARY KEY REFERENCES taak (id) ON DELETE CASCADE,
    samenwerking_id  BIGINT        NOT NULL,
    route            VARCHAR(20)   NOT NULL,
    leverancier      VARCHAR(6),
    vehikel          VARCHAR(40),
    reden            VARCHAR(10000) NOT NULL,
    gewijzigd_op     TIMESTAMP WITH TIME ZONE NOT NULL,
    gewijzigd_door   VARCHAR(100)  NOT NULL
);
CREATE INDEX verkenning_taak_route_samenwerking ON verkenning_taak_route (samenwerking_id);

-- The buying municipalities of an INKOPEN route, in the order given.
CREATE TABLE verkenning_taak_route_koper (
    taak_id          BIGINT       NOT NULL REFERENCES verkenning_taak_route (taak_id) ON DELETE CASCADE,
    samenwerking_id  BIGINT       NOT NULL,
    volgorde         INTEGER      NOT NULL,
    gemeente_code    VARCHAR(6)   NOT NULL,
    PRIMARY KEY (taak_id, gemeente_code)
);
CREATE INDEX verkenning_taak_route_koper_samenwerking ON verkenning_taak_route_koper (samenwerking_id);
