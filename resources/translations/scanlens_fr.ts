<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Offline radiology assistant. Not a medical device: every finding must be confirmed by a qualified reader.</source>
        <translation>Assistant de radiologie hors ligne. Ce n&apos;est pas un dispositif médical : tout résultat doit être confirmé par un lecteur qualifié.</translation>
    </message>
    <message>
        <source>(cannot read {name}: {reason})</source>
        <translation>(impossible de lire {name} : {reason})</translation>
    </message>
    <message>
        <source>{package} ships no license file; its metadata says: {license}</source>
        <translation>{package} ne fournit aucun fichier de licence ; ses métadonnées indiquent : {license}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Logiciels tiers</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copier les détails de version</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Sous licence Apache-2.0.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>sha256 (card)</source>
        <translation>sha256 (fiche)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Installed models (the file hash is checked before each model is loaded):</source>
        <translation>Modèles installés (l&apos;empreinte du fichier est vérifiée avant le chargement de chaque modèle) :</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>indisponible : {reason}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>models: {ids}</source>
        <translation>modèles : {ids}</translation>
    </message>
    <message>
        <source>No model with a training data citation is installed.</source>
        <translation>Aucun modèle installé ne cite ses données d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Data sets the models were trained on</source>
        <translation>Jeux de données d&apos;entraînement des modèles</translation>
    </message>
    <message>
        <source>Bundled fonts, images and test files</source>
        <translation>Polices, images et fichiers de test fournis</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open File(s)…</source>
        <translation>&amp;Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open DICOM or image files</source>
        <translation>Ouvrir des fichiers DICOM ou des images</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Browse the images in a folder</source>
        <translation>Parcourir les images d&apos;un dossier</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Image &amp;suivante</translation>
    </message>
    <message>
        <source>Next image in the strip</source>
        <translation>Image suivante du bandeau</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Image &amp;précédente</translation>
    </message>
    <message>
        <source>Previous image in the strip</source>
        <translation>Image précédente du bandeau</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Fit the whole image in the window</source>
        <translation>Afficher l&apos;image entière dans la fenêtre</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Un pixel de l&apos;image par pixel de l&apos;écran</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Pivoter à &amp;gauche</translation>
    </message>
    <message>
        <source>Rotate 90° counter-clockwise</source>
        <translation>Pivoter de 90° dans le sens antihoraire</translation>
    </message>
    <message>
        <source>⟲ Rotate</source>
        <translation>⟲ Pivoter</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Pivoter à &amp;droite</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Pivoter de 90° dans le sens horaire</translation>
    </message>
    <message>
        <source>⟳ Rotate</source>
        <translation>⟳ Pivoter</translation>
    </message>
    <message>
        <source>Flip &amp;Horizontal</source>
        <translation>Miroir &amp;horizontal</translation>
    </message>
    <message>
        <source>Mirror left ↔ right</source>
        <translation>Inverser gauche ↔ droite</translation>
    </message>
    <message>
        <source>↔ Flip</source>
        <translation>↔ Miroir</translation>
    </message>
    <message>
        <source>Flip &amp;Vertical</source>
        <translation>Miroir &amp;vertical</translation>
    </message>
    <message>
        <source>Mirror top ↕ bottom</source>
        <translation>Inverser haut ↕ bas</translation>
    </message>
    <message>
        <source>↕ Flip</source>
        <translation>↕ Miroir</translation>
    </message>
    <message>
        <source>R&amp;eset View</source>
        <translation>&amp;Réinitialiser l&apos;affichage</translation>
    </message>
    <message>
        <source>Reset window, inversion, rotation and zoom</source>
        <translation>Réinitialiser fenêtre, inversion, rotation et zoom</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Auto Window</source>
        <translation>Fenêtre &amp;automatique</translation>
    </message>
    <message>
        <source>Window from the image histogram (0.5–99.5 %)</source>
        <translation>Fenêtre calculée sur l&apos;histogramme de l&apos;image (0,5–99,5 %)</translation>
    </message>
    <message>
        <source>Auto W/L</source>
        <translation>Fenêtrage auto</translation>
    </message>
    <message>
        <source>&amp;Default Window</source>
        <translation>Fenêtre par &amp;défaut</translation>
    </message>
    <message>
        <source>The file&apos;s own window, else the full range</source>
        <translation>La fenêtre du fichier, sinon toute la plage</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation>Inverser les niveaux de gris</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Next F&amp;rame</source>
        <translation>&amp;Trame suivante</translation>
    </message>
    <message>
        <source>Previous Fra&amp;me</source>
        <translation>Trame pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;About ScanLens</source>
        <translation>À &amp;propos de ScanLens</translation>
    </message>
    <message>
        <source>&amp;Analyse Image</source>
        <translation>&amp;Analyser l&apos;image</translation>
    </message>
    <message>
        <source>Run the AI analysis on the image on screen</source>
        <translation>Lancer l&apos;analyse par IA de l&apos;image affichée</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Show &amp;Heatmap</source>
        <translation>Afficher la carte de &amp;chaleur</translation>
    </message>
    <message>
        <source>Show where the model looked</source>
        <translation>Montrer où le modèle a regardé</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Analyse F&amp;older…</source>
        <translation>Analyser un d&amp;ossier…</translation>
    </message>
    <message>
        <source>Triage every image in a folder (batch)</source>
        <translation>Trier toutes les images d&apos;un dossier (lot)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>Installed AI models, their cards and execution devices</source>
        <translation>Modèles d&apos;IA installés, leurs fiches et les périphériques d&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Execution device, automatic analysis, models folder</source>
        <translation>Périphérique d&apos;exécution, analyse automatique, dossier des modèles</translation>
    </message>
    <message>
        <source>&amp;Export Report (PDF)…</source>
        <translation>&amp;Exporter le rapport (PDF)…</translation>
    </message>
    <message>
        <source>Write the PDF report of the result on screen</source>
        <translation>Enregistrer le rapport PDF du résultat affiché</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>Print the report of the result on screen</source>
        <translation>Imprimer le rapport du résultat affiché</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aper&amp;çu avant impression…</translation>
    </message>
    <message>
        <source>Preview the printed report</source>
        <translation>Aperçu du rapport imprimé</translation>
    </message>
    <message>
        <source>Export to PACS Fol&amp;der (DICOM)…</source>
        <translation>Exporter vers un dossier &amp;PACS (DICOM)…</translation>
    </message>
    <message>
        <source>Write the result as DICOM Secondary Capture + Encapsulated PDF into a folder</source>
        <translation>Enregistrer le résultat en DICOM Secondary Capture + PDF encapsulé dans un dossier</translation>
    </message>
    <message>
        <source>Case &amp;History</source>
        <translation>&amp;Historique des cas</translation>
    </message>
    <message>
        <source>Past cases, their reviews and the audit trail</source>
        <translation>Cas précédents, leurs relectures et la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Report Se&amp;ttings…</source>
        <translation>Paramètres du &amp;rapport…</translation>
    </message>
    <message>
        <source>Reviewer name, clinic name and logo, page size</source>
        <translation>Nom du relecteur, nom et logo de l&apos;établissement, format de page</translation>
    </message>
    <message>
        <source>&amp;Language and Text Size…</source>
        <translation>&amp;Langue et taille du texte…</translation>
    </message>
    <message>
        <source>Interface language (after a restart) and text size</source>
        <translation>Langue de l&apos;interface (après redémarrage) et taille du texte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>CliAnalyze</name>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>À REVOIR</translation>
    </message>
    <message>
        <source>{file}: not analysed: {reason}</source>
        <translation>{file} : non analysé : {reason}</translation>
    </message>
    <message>
        <source>no image files found</source>
        <translation>aucun fichier image trouvé</translation>
    </message>
</context>
<context>
    <name>CliAudit</name>
    <message>
        <source>{path}: audit log intact, {entries} entries; head {head}</source>
        <translation>{path} : journal d&apos;audit intact, {entries} entrées ; tête {head}</translation>
    </message>
    <message>
        <source>Keep the head hash elsewhere to detect later truncation of the newest entries.</source>
        <translation>Conservez l&apos;empreinte de tête ailleurs pour détecter une troncature ultérieure des entrées les plus récentes.</translation>
    </message>
    <message>
        <source>audit entry {id}</source>
        <translation>entrée d&apos;audit {id}</translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation>cas {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>l&apos;historique des cas</translation>
    </message>
    <message>
        <source>{path}: AUDIT FAILED at {place}: {reason}</source>
        <translation>{path} : ÉCHEC DE L&apos;AUDIT à {place} : {reason}</translation>
    </message>
    <message>
        <source>Entries before that point are still trustworthy; later ones are not.</source>
        <translation>Les entrées antérieures à ce point restent fiables ; les suivantes ne le sont pas.</translation>
    </message>
</context>
<context>
    <name>CliCaseHistory</name>
    <message>
        <source>there is no case history at {path}</source>
        <translation>aucun historique des cas à l&apos;emplacement {path}</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>commands from {module} are unavailable: {error}</source>
        <translation>les commandes de {module} sont indisponibles : {error}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>{text} is not a date (YYYY-MM-DD) or ISO date-time</source>
        <translation>{text} n&apos;est ni une date (YYYY-MM-DD) ni une date-heure ISO</translation>
    </message>
    <message>
        <source>{count} case(s)</source>
        <translation>{count} cas</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>À REVOIR</translation>
    </message>
</context>
<context>
    <name>CliInfo</name>
    <message>
        <source>refused: {reason}</source>
        <translation>refusé : {reason}</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>monochrome</source>
        <translation>monochrome</translation>
    </message>
    <message>
        <source>{format} via {decoder}: {frames} frame(s), {columns}x{rows} {kind}</source>
        <translation>{format} via {decoder} : {frames} trame(s), {columns}x{rows} {kind}</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name}), inverted</source>
        <translation>fenêtre : centre {center} largeur {width} ({name}), inversée</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name})</source>
        <translation>fenêtre : centre {center} largeur {width} ({name})</translation>
    </message>
    <message>
        <source>pixels: min {min} max {max} mean {mean}</source>
        <translation>pixels : min {min} max {max} moyenne {mean}</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>nom du patient</translation>
    </message>
    <message>
        <source>patient id</source>
        <translation>identifiant du patient</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalité</translation>
    </message>
    <message>
        <source>study date</source>
        <translation>date de l&apos;examen</translation>
    </message>
    <message>
        <source>body part</source>
        <translation>région anatomique</translation>
    </message>
    <message>
        <source>transfer syntax</source>
        <translation>syntaxe de transfert</translation>
    </message>
</context>
<context>
    <name>CliModels</name>
    <message>
        <source>UNAVAILABLE: {reason}</source>
        <translation>INDISPONIBLE : {reason}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>CliPacs</name>
    <message>
        <source>replaced {node}</source>
        <translation>remplacé : {node}</translation>
    </message>
    <message>
        <source>added {node}</source>
        <translation>ajouté : {node}</translation>
    </message>
    <message>
        <source>removed {node}</source>
        <translation>supprimé : {node}</translation>
    </message>
    <message>
        <source>{name}: C-ECHO ok in {ms} ms ({ae}@{host}:{port})</source>
        <translation>{name} : C-ECHO réussi en {ms} ms ({ae}@{host}:{port})</translation>
    </message>
    <message>
        <source>1 study found</source>
        <translation>1 examen trouvé</translation>
    </message>
    <message>
        <source>{count} studies found</source>
        <translation>{count} examens trouvés</translation>
    </message>
    <message>
        <source>retrieved {count} instance(s) of {study} into {folder}</source>
        <translation>{count} instance(s) de {study} récupérée(s) dans {folder}</translation>
    </message>
    <message>
        <source>{count} refused or failed</source>
        <translation>{count} refusée(s) ou en échec</translation>
    </message>
    <message>
        <source>{path}: already in the outbox for {node}</source>
        <translation>{path} : déjà dans la boîte d&apos;envoi pour {node}</translation>
    </message>
    <message>
        <source>tries {count}</source>
        <translation>essais {count}</translation>
    </message>
    <message>
        <source>still waiting: {uid} for {node}: {error}</source>
        <translation>toujours en attente : {uid} pour {node} : {error}</translation>
    </message>
</context>
<context>
    <name>CliReceive</name>
    <message>
        <source>{path}: not analysed: {reason}</source>
        <translation>{path} : non analysé : {reason}</translation>
    </message>
    <message>
        <source>{path}: {decision} (case {case})</source>
        <translation>{path} : {decision} (cas {case})</translation>
    </message>
    <message>
        <source>{path}: {decision} — not recorded in the case history: {error}</source>
        <translation>{path} : {decision} — non enregistré dans l&apos;historique des cas : {error}</translation>
    </message>
    <message>
        <source>listening as {ae} on {address}:{port}, storing into {folder}</source>
        <translation>en écoute en tant que {ae} sur {address}:{port}, enregistrement dans {folder}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>received {path} from {ae}@{host}</source>
        <translation>reçu {path} de {ae}@{host}</translation>
    </message>
</context>
<context>
    <name>CliRender</name>
    <message>
        <source>the window width must be a positive number</source>
        <translation>la largeur de fenêtre doit être un nombre positif</translation>
    </message>
    <message>
        <source>frame {frame} does not exist (the image has {count} frame(s))</source>
        <translation>la trame {frame} n&apos;existe pas (l&apos;image a {count} trame(s))</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>impossible d&apos;écrire {path} : {error}</translation>
    </message>
    <message>
        <source>wrote {path} ({width}x{height})</source>
        <translation>{path} écrit ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>CliSelfTest</name>
    <message>
        <source>{app} {version} self-test ({install})</source>
        <translation>{app} {version} autotest ({install})</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>{app} hit {count} unexpected errors (latest: {error}).</source>
        <translation>{app} a rencontré {count} erreurs inattendues (dernière : {error}).</translation>
    </message>
    <message>
        <source>{app} — unexpected error</source>
        <translation>{app} — erreur inattendue</translation>
    </message>
    <message>
        <source>{app} hit an unexpected error ({error}). It keeps running, but the last action may not have completed.</source>
        <translation>{app} a rencontré une erreur inattendue ({error}). Il continue de fonctionner, mais la dernière action n&apos;a peut-être pas abouti.</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>Les détails ont été écrits dans {path}</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Large (125 %)</source>
        <translation>Grande (125 %)</translation>
    </message>
    <message>
        <source>Larger (150 %)</source>
        <translation>Très grande (150 %)</translation>
    </message>
    <message>
        <source>Language and Text Size</source>
        <translation>Langue et taille du texte</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de ScanLens.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Unknown language &apos;{code}&apos;. ScanLens speaks: {codes} (or &apos;system&apos;).</source>
        <translation>Langue inconnue « {code} ». ScanLens parle : {codes} (ou « system »).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Window &amp;Presets</source>
        <translation>&amp;Préréglages de fenêtre</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Image Information</source>
        <translation>Informations sur l&apos;image</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files here.</source>
        <translation>Ouvrez un fichier DICOM ou une image (Ctrl+O), ou déposez des fichiers ici.</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent} %</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Looking for images in {folder}…</source>
        <translation>Recherche d&apos;images dans {folder}…</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de ScanLens.</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {frames} frames, {decoder}</source>
        <translation>{name} : {cols}×{rows}, {frames} trames, {decoder}</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {decoder}</source>
        <translation>{name} : {cols}×{rows}, {decoder}</translation>
    </message>
    <message>
        <source>No window (colour)</source>
        <translation>Pas de fenêtre (couleur)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>Aucune image prise en charge dans ce dossier.</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} images</translation>
    </message>
    <message>
        <source>C {center}  W {width}</source>
        <translation>C {center}  L {width}</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Effacer la liste des fichiers récents</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>The logo file does not exist.</source>
        <translation>Le fichier du logo n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG image that can be read.</source>
        <translation>Le logo n&apos;est pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
        <source>Report Settings</source>
        <translation>Paramètres du rapport</translation>
    </message>
    <message>
        <source>e.g. Dr. A. Example</source>
        <translation>p. ex. Dr A. Exemple</translation>
    </message>
    <message>
        <source>Printed in the header of every page</source>
        <translation>Imprimé en en-tête de chaque page</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Nom du relecteur :</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>Nom de l&apos;é&amp;tablissement :</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo:</source>
        <translation>L&amp;ogo de l&apos;établissement :</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>For&amp;mat de page :</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logo de l&apos;établissement</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic — a GPU when one is usable, else the CPU</source>
        <translation>Automatique — un GPU s&apos;il est utilisable, sinon le CPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>CPU uniquement</translation>
    </message>
    <message>
        <source>GPU (falls back to the CPU, with a note, when none is usable)</source>
        <translation>GPU (repli sur le CPU, avec une note, si aucun n&apos;est utilisable)</translation>
    </message>
    <message>
        <source>Analysis Settings</source>
        <translation>Paramètres d&apos;analyse</translation>
    </message>
    <message>
        <source>Analyse &amp;automatically when an image is opened</source>
        <translation>Analyser &amp;automatiquement à l&apos;ouverture d&apos;une image</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Execution &amp;device:</source>
        <translation>Pé&amp;riphérique d&apos;exécution :</translation>
    </message>
    <message>
        <source>Your &amp;models folder:</source>
        <translation>Votre dossier de &amp;modèles :</translation>
    </message>
    <message>
        <source>Model packs (&lt;id&gt;.onnx with its &lt;id&gt;.json card) in this folder are offered next to the shipped models. Changing the device or folder reloads the models on the next analysis.</source>
        <translation>Les paquets de modèles (&lt;id&gt;.onnx avec sa fiche &lt;id&gt;.json) de ce dossier sont proposés à côté des modèles fournis. Changer de périphérique ou de dossier recharge les modèles à la prochaine analyse.</translation>
    </message>
    <message>
        <source>Folder with model packs</source>
        <translation>Dossier des paquets de modèles</translation>
    </message>
</context>
</TS>
