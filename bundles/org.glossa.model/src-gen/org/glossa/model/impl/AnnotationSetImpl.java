/**
 */
package org.glossa.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.glossa.model.AnnotationSet;
import org.glossa.model.AnnotationStatus;
import org.glossa.model.GlossaPackage;
import org.glossa.model.SpanAnnotation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annotation Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.glossa.model.impl.AnnotationSetImpl#getDocumentId <em>Document Id</em>}</li>
 *   <li>{@link org.glossa.model.impl.AnnotationSetImpl#getAnnotator <em>Annotator</em>}</li>
 *   <li>{@link org.glossa.model.impl.AnnotationSetImpl#isGold <em>Gold</em>}</li>
 *   <li>{@link org.glossa.model.impl.AnnotationSetImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.glossa.model.impl.AnnotationSetImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.glossa.model.impl.AnnotationSetImpl#getNextSpanNumber <em>Next Span Number</em>}</li>
 *   <li>{@link org.glossa.model.impl.AnnotationSetImpl#getSpans <em>Spans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnotationSetImpl extends MinimalEObjectImpl.Container implements AnnotationSet {
	/**
	 * The default value of the '{@link #getDocumentId() <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentId() <em>Document Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentId()
	 * @generated
	 * @ordered
	 */
	protected String documentId = DOCUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnotator() <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected static final String ANNOTATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnotator() <em>Annotator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotator()
	 * @generated
	 * @ordered
	 */
	protected String annotator = ANNOTATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isGold() <em>Gold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGold()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GOLD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGold() <em>Gold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGold()
	 * @generated
	 * @ordered
	 */
	protected boolean gold = GOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AnnotationStatus STATUS_EDEFAULT = AnnotationStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AnnotationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextSpanNumber() <em>Next Span Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextSpanNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NEXT_SPAN_NUMBER_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getNextSpanNumber() <em>Next Span Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextSpanNumber()
	 * @generated
	 * @ordered
	 */
	protected int nextSpanNumber = NEXT_SPAN_NUMBER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSpans() <em>Spans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpans()
	 * @generated
	 * @ordered
	 */
	protected EList<SpanAnnotation> spans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnotationSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GlossaPackage.Literals.ANNOTATION_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentId() {
		return documentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentId(String newDocumentId) {
		String oldDocumentId = documentId;
		documentId = newDocumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION_SET__DOCUMENT_ID, oldDocumentId, documentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnnotator() {
		return annotator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnotator(String newAnnotator) {
		String oldAnnotator = annotator;
		annotator = newAnnotator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION_SET__ANNOTATOR, oldAnnotator, annotator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGold() {
		return gold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGold(boolean newGold) {
		boolean oldGold = gold;
		gold = newGold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION_SET__GOLD, oldGold, gold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AnnotationStatus newStatus) {
		AnnotationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION_SET__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION_SET__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNextSpanNumber() {
		return nextSpanNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextSpanNumber(int newNextSpanNumber) {
		int oldNextSpanNumber = nextSpanNumber;
		nextSpanNumber = newNextSpanNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GlossaPackage.ANNOTATION_SET__NEXT_SPAN_NUMBER, oldNextSpanNumber, nextSpanNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpanAnnotation> getSpans() {
		if (spans == null) {
			spans = new EObjectContainmentWithInverseEList<SpanAnnotation>(SpanAnnotation.class, this, GlossaPackage.ANNOTATION_SET__SPANS, GlossaPackage.SPAN_ANNOTATION__SET);
		}
		return spans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_SET__SPANS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSpans()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_SET__SPANS:
				return ((InternalEList<?>)getSpans()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_SET__DOCUMENT_ID:
				return getDocumentId();
			case GlossaPackage.ANNOTATION_SET__ANNOTATOR:
				return getAnnotator();
			case GlossaPackage.ANNOTATION_SET__GOLD:
				return isGold();
			case GlossaPackage.ANNOTATION_SET__STATUS:
				return getStatus();
			case GlossaPackage.ANNOTATION_SET__CONTENT_HASH:
				return getContentHash();
			case GlossaPackage.ANNOTATION_SET__NEXT_SPAN_NUMBER:
				return getNextSpanNumber();
			case GlossaPackage.ANNOTATION_SET__SPANS:
				return getSpans();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_SET__DOCUMENT_ID:
				setDocumentId((String)newValue);
				return;
			case GlossaPackage.ANNOTATION_SET__ANNOTATOR:
				setAnnotator((String)newValue);
				return;
			case GlossaPackage.ANNOTATION_SET__GOLD:
				setGold((Boolean)newValue);
				return;
			case GlossaPackage.ANNOTATION_SET__STATUS:
				setStatus((AnnotationStatus)newValue);
				return;
			case GlossaPackage.ANNOTATION_SET__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case GlossaPackage.ANNOTATION_SET__NEXT_SPAN_NUMBER:
				setNextSpanNumber((Integer)newValue);
				return;
			case GlossaPackage.ANNOTATION_SET__SPANS:
				getSpans().clear();
				getSpans().addAll((Collection<? extends SpanAnnotation>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_SET__DOCUMENT_ID:
				setDocumentId(DOCUMENT_ID_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION_SET__ANNOTATOR:
				setAnnotator(ANNOTATOR_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION_SET__GOLD:
				setGold(GOLD_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION_SET__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION_SET__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION_SET__NEXT_SPAN_NUMBER:
				setNextSpanNumber(NEXT_SPAN_NUMBER_EDEFAULT);
				return;
			case GlossaPackage.ANNOTATION_SET__SPANS:
				getSpans().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GlossaPackage.ANNOTATION_SET__DOCUMENT_ID:
				return DOCUMENT_ID_EDEFAULT == null ? documentId != null : !DOCUMENT_ID_EDEFAULT.equals(documentId);
			case GlossaPackage.ANNOTATION_SET__ANNOTATOR:
				return ANNOTATOR_EDEFAULT == null ? annotator != null : !ANNOTATOR_EDEFAULT.equals(annotator);
			case GlossaPackage.ANNOTATION_SET__GOLD:
				return gold != GOLD_EDEFAULT;
			case GlossaPackage.ANNOTATION_SET__STATUS:
				return status != STATUS_EDEFAULT;
			case GlossaPackage.ANNOTATION_SET__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case GlossaPackage.ANNOTATION_SET__NEXT_SPAN_NUMBER:
				return nextSpanNumber != NEXT_SPAN_NUMBER_EDEFAULT;
			case GlossaPackage.ANNOTATION_SET__SPANS:
				return spans != null && !spans.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (documentId: ");
		result.append(documentId);
		result.append(", annotator: ");
		result.append(annotator);
		result.append(", gold: ");
		result.append(gold);
		result.append(", status: ");
		result.append(status);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", nextSpanNumber: ");
		result.append(nextSpanNumber);
		result.append(')');
		return result.toString();
	}

} //AnnotationSetImpl
